// Pending tasks and answer links on DynamoDB. A task token sits in its case's partition
// (`TASK#<kind>`: the newest wait of a kind replaces the older one), an answer link under its own
// key (`LINK#<linkId>`: the customer's page knows only the link). Using either is one
// conditional update, so of two answers racing exactly one gets it.
import { ConflictError } from '../../domain/errors';
import type { AnswerLink, ConsumedTask, PendingTask, PendingTaskKind, TaskRepository } from '../../domain/ports';
import { casePartition, strip, type CaseTable } from './case-table';

const taskKey = (caseId: string, kind: PendingTaskKind) => ({ PK: casePartition(caseId), SK: `TASK#${kind}` });
const linkKey = (linkId: string) => ({ PK: `LINK#${linkId}`, SK: 'LINK' });

type StoredTask = PendingTask & { usedAt?: string; answerFingerprint?: string; deliveredAt?: string };

/** The task as the port hands it out, without what the store keeps about its use. */
function pending(item: Record<string, unknown>): PendingTask {
  const { usedAt: _u, answerFingerprint: _f, deliveredAt: _d, ...task } = strip<StoredTask>(item);
  return task;
}

export class DynamoDbTaskRepository implements TaskRepository {
  constructor(private readonly table: CaseTable) {}

  async saveTaskToken(record: PendingTask): Promise<void> {
    // The newest token for a kind replaces the older one: only the wait that is current can be answered.
    await this.table.put({ Item: { ...taskKey(record.caseId, record.kind), entity: 'task', ...record } });
  }

  async getTaskToken(caseId: string, kind: PendingTaskKind): Promise<PendingTask | undefined> {
    const item = await this.table.get(taskKey(caseId, kind));
    return item && !item.usedAt ? pending(item) : undefined;
  }

  async consumeTaskToken(caseId: string, kind: PendingTaskKind, expectedRef: string, answerFingerprint: string): Promise<ConsumedTask | undefined> {
    // One write claims the token for this answer. The same answer may claim it again until it is
    // marked delivered: the retry of an attempt that died between this write and SendTaskSuccess.
    const before = await this.table.update({
      Key: taskKey(caseId, kind),
      UpdateExpression: 'SET usedAt = if_not_exists(usedAt, :now), answerFingerprint = :fp',
      ConditionExpression:
        'attribute_exists(PK) AND #ref = :ref AND attribute_not_exists(deliveredAt) AND (attribute_not_exists(usedAt) OR answerFingerprint = :fp)',
      ExpressionAttributeNames: { '#ref': 'ref' },
      ExpressionAttributeValues: { ':now': this.table.now().toISOString(), ':ref': expectedRef, ':fp': answerFingerprint },
      ReturnValues: 'ALL_OLD',
    });
    return before && { ...pending(before), repeat: before.answerFingerprint === answerFingerprint };
  }

  async markTaskDelivered(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void> {
    // Refused when a newer wait replaced the token: the one answered is gone with its record.
    await this.table.update({
      Key: taskKey(caseId, kind),
      UpdateExpression: 'SET deliveredAt = :now',
      ConditionExpression: 'taskToken = :token',
      ExpressionAttributeValues: { ':now': this.table.now().toISOString(), ':token': taskToken },
    });
  }

  async releaseTaskToken(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void> {
    // Refused when a newer wait replaced the token, or the answer was delivered after all: there is nothing to release.
    await this.table.update({
      Key: taskKey(caseId, kind),
      // The fingerprint stays: if the send failed after all reaching the workflow, the same answer again is a repeat.
      UpdateExpression: 'REMOVE usedAt',
      ConditionExpression: 'taskToken = :token AND attribute_not_exists(deliveredAt)',
      ExpressionAttributeValues: { ':token': taskToken },
    });
  }

  async putAnswerLink(link: AnswerLink): Promise<void> {
    if (!(await this.table.putOnce({ ...linkKey(link.linkId), entity: 'answer-link', ...link }))) throw new ConflictError('An answer link with this id exists');
  }

  async getAnswerLink(linkId: string): Promise<AnswerLink | undefined> {
    const item = await this.table.get(linkKey(linkId));
    return item ? strip<AnswerLink>(item) : undefined;
  }

  async releaseAnswerLink(linkId: string): Promise<void> {
    // Refused for a link that is not there: nothing was consumed, so there is nothing to give back.
    await this.table.update({ Key: linkKey(linkId), UpdateExpression: 'REMOVE usedAt', ConditionExpression: 'attribute_exists(PK)' });
  }

  async consumeAnswerLink(linkId: string, now: Date): Promise<AnswerLink | undefined> {
    const used = await this.table.update({
      Key: linkKey(linkId),
      UpdateExpression: 'SET usedAt = :now',
      ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt) AND expiresAt > :now',
      ExpressionAttributeValues: { ':now': now.toISOString() },
      ReturnValues: 'ALL_NEW',
    });
    return used && strip<AnswerLink>(used);
  }
}
