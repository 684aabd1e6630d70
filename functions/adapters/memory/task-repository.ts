// Pending tasks and answer links in memory, single use as on DynamoDB: a consumed token or link
// is refused to any other answer, and a link is refused from its expiry on.
import { ConflictError } from '../../domain/errors';
import type { AnswerLink, Clock, ConsumedTask, PendingTask, PendingTaskKind, TaskRepository } from '../../domain/ports';
import { systemClock } from '../../domain/ports';
import { clone } from './clone';

type StoredTask = PendingTask & { usedAt?: string; answerFingerprint?: string; deliveredAt?: string };

/** The task as the port hands it out, without what the store keeps about its use. */
function pending(t: StoredTask): PendingTask {
  const { usedAt: _u, answerFingerprint: _f, deliveredAt: _d, ...task } = t;
  return clone(task);
}

export class InMemoryTaskRepository implements TaskRepository {
  readonly tasks = new Map<string, StoredTask>();
  readonly links = new Map<string, AnswerLink>();

  constructor(private readonly clock: Clock = systemClock) {}

  async saveTaskToken(record: PendingTask) {
    this.tasks.set(`${record.caseId}#${record.kind}`, clone(record));
  }

  async getTaskToken(caseId: string, kind: PendingTaskKind) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    return t && !t.usedAt ? pending(t) : undefined;
  }

  async consumeTaskToken(caseId: string, kind: PendingTaskKind, expectedRef: string, answerFingerprint: string): Promise<ConsumedTask | undefined> {
    const t = this.tasks.get(`${caseId}#${kind}`);
    if (!t || t.ref !== expectedRef || t.deliveredAt) return undefined;
    if (t.usedAt && t.answerFingerprint !== answerFingerprint) return undefined;
    const repeat = t.answerFingerprint === answerFingerprint;
    t.usedAt ??= this.clock.now().toISOString();
    t.answerFingerprint = answerFingerprint;
    return { ...pending(t), repeat };
  }

  async markTaskDelivered(caseId: string, kind: PendingTaskKind, taskToken: string) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    if (t && t.taskToken === taskToken) t.deliveredAt = this.clock.now().toISOString();
  }

  async releaseTaskToken(caseId: string, kind: PendingTaskKind, taskToken: string) {
    const t = this.tasks.get(`${caseId}#${kind}`);
    if (t && t.taskToken === taskToken && !t.deliveredAt) delete t.usedAt;
  }

  async putAnswerLink(link: AnswerLink) {
    if (this.links.has(link.linkId)) throw new ConflictError('An answer link with this id exists');
    this.links.set(link.linkId, clone(link));
  }

  async getAnswerLink(linkId: string) {
    const l = this.links.get(linkId);
    return l ? clone(l) : undefined;
  }

  async releaseAnswerLink(linkId: string) {
    const l = this.links.get(linkId);
    if (!l) return;
    const { usedAt: _used, ...unused } = l;
    this.links.set(linkId, unused);
  }

  async consumeAnswerLink(linkId: string, now: Date) {
    const l = this.links.get(linkId);
    // DynamoDB compares the ISO strings (`expiresAt > :now`): the link is gone from its expiry on.
    if (!l || l.usedAt || !(l.expiresAt > now.toISOString())) return undefined;
    const used = { ...l, usedAt: now.toISOString() };
    this.links.set(linkId, used);
    return clone(used);
  }
}
