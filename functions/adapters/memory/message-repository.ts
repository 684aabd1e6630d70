// Send-once claims on customer mail in memory, with DynamoDB's rules: a sent message stays sent,
// a claim still sending is taken over only once it is stale.
import { ConflictError, TransientError } from '../../domain/errors';
import type { Clock, MessageRepository } from '../../domain/ports';
import { systemClock } from '../../domain/ports';

export class InMemoryMessageRepository implements MessageRepository {
  readonly messages = new Map<string, { state: 'sending' | 'sent'; claimedAt: number; providerMessageId?: string }>();

  constructor(private readonly clock: Clock = systemClock) {}

  async claimMessage(caseId: string, messageKey: string, staleAfterMs: number) {
    const key = `${caseId}#${messageKey}`;
    const now = this.clock.now().getTime();
    const existing = this.messages.get(key);
    if (existing?.state === 'sent') return 'already-sent' as const;
    if (existing && now - existing.claimedAt < staleAfterMs) throw new TransientError(`Message ${messageKey} is being sent by another attempt`);
    this.messages.set(key, { state: 'sending', claimedAt: now });
    return 'claimed' as const;
  }

  async markMessageSent(caseId: string, messageKey: string, providerMessageId: string) {
    const key = `${caseId}#${messageKey}`;
    const existing = this.messages.get(key);
    if (!existing) throw new ConflictError(`Message ${messageKey} has no claim to mark sent`);
    this.messages.set(key, { ...existing, state: 'sent', providerMessageId });
  }

  async releaseMessageClaim(caseId: string, messageKey: string) {
    const key = `${caseId}#${messageKey}`;
    if (this.messages.get(key)?.state === 'sending') this.messages.delete(key);
  }
}
