// Customer replies in memory. The queue of cases with unread replies is ordered as DynamoDB's
// index orders it (oldest unread reply first) and holds at most `limit` cases.
import type { CustomerReply } from '../../domain/case/case';
import type { ReplyRepository } from '../../domain/ports';
import { clone } from './clone';

export class InMemoryReplyRepository implements ReplyRepository {
  readonly replies = new Map<string, CustomerReply>();

  async addCustomerReply(reply: CustomerReply) {
    const key = `${reply.caseId}#${reply.replyId}`;
    if (this.replies.has(key)) return false;
    this.replies.set(key, clone(reply));
    return true;
  }

  async listCustomerReplies(caseId: string) {
    return [...this.replies.values()]
      .filter((r) => r.caseId === caseId)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(clone);
  }

  async listCasesWithUnreadReplies(limit = 200) {
    const indexKey = (r: CustomerReply) => `${r.at}#${r.caseId}`;
    const unread = [...this.replies.values()].filter((r) => !r.readAt).sort((a, b) => indexKey(a).localeCompare(indexKey(b)));
    return [...new Set(unread.map((r) => r.caseId))].slice(0, Math.max(0, limit));
  }

  async markRepliesRead(caseId: string, by: string, at: Date) {
    let marked = 0;
    for (const [key, r] of this.replies) {
      if (r.caseId !== caseId || r.readAt) continue;
      this.replies.set(key, { ...r, readAt: at.toISOString(), readBy: by });
      marked++;
    }
    return marked;
  }
}
