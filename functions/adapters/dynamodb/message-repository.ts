// Send-once claims on customer mail, on DynamoDB: one item per message key in the case's
// partition (`MSG#<messageKey>`), `sending` from the claim until the provider took the mail and
// `sent` after. The claim is a conditional put, so two attempts cannot both send.
import { ConflictError, TransientError } from '../../domain/errors';
import type { MessageRepository } from '../../domain/ports';
import { casePartition, type CaseTable } from './case-table';

const messageKeyOf = (caseId: string, messageKey: string) => ({ PK: casePartition(caseId), SK: `MSG#${messageKey}` });
const STATE = { ExpressionAttributeNames: { '#state': 'state' } };

export class DynamoDbMessageRepository implements MessageRepository {
  constructor(private readonly table: CaseTable) {}

  async claimMessage(caseId: string, messageKey: string, staleAfterMs: number): Promise<'claimed' | 'already-sent'> {
    const now = this.table.now();
    const claimed = await this.table.put({
      Item: { ...messageKeyOf(caseId, messageKey), entity: 'message', messageKey, state: 'sending', claimedAt: now.toISOString() },
      ConditionExpression: 'attribute_not_exists(PK) OR (#state = :sending AND claimedAt <= :stale)',
      ...STATE,
      ExpressionAttributeValues: { ':sending': 'sending', ':stale': new Date(now.getTime() - staleAfterMs).toISOString() },
    });
    if (claimed) return 'claimed';
    if ((await this.table.get(messageKeyOf(caseId, messageKey)))?.state === 'sent') return 'already-sent';
    throw new TransientError(`Message ${messageKey} is being sent by another attempt`);
  }

  async markMessageSent(caseId: string, messageKey: string, providerMessageId: string): Promise<void> {
    const marked = await this.table.update({
      Key: messageKeyOf(caseId, messageKey),
      UpdateExpression: 'SET #state = :sent, sentAt = :now, providerMessageId = :id',
      ConditionExpression: 'attribute_exists(PK)',
      ...STATE,
      ExpressionAttributeValues: { ':sent': 'sent', ':now': this.table.now().toISOString(), ':id': providerMessageId },
    });
    if (!marked) throw new ConflictError(`Message ${messageKey} has no claim to mark sent`);
  }

  async releaseMessageClaim(caseId: string, messageKey: string): Promise<void> {
    // Only a claim still sending: a mail another attempt marked sent stays sent.
    await this.table.delete({
      Key: messageKeyOf(caseId, messageKey),
      ConditionExpression: '#state = :sending',
      ...STATE,
      ExpressionAttributeValues: { ':sending': 'sending' },
    });
  }
}
