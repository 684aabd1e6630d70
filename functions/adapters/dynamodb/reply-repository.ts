// Customer replies on DynamoDB, in their case's partition (`REPLY#<replyId>`). An unread reply is
// also in GSI1 under one key (`REPLIES#unread`, oldest first), so the console's queue finds the
// cases waiting for a reader with one query; reading a reply takes it out of the index.
import type { CustomerReply } from '../../domain/case/case';
import type { ReplyRepository } from '../../domain/ports';
import { casePartition, type CaseTable } from './case-table';

const UNREAD_REPLIES = 'REPLIES#unread';

export class DynamoDbReplyRepository implements ReplyRepository {
  constructor(private readonly table: CaseTable) {}

  async addCustomerReply(reply: CustomerReply): Promise<boolean> {
    // A redelivered email (SES retries, an SMTP resend) is the same reply.
    return this.table.putOnce({
      PK: casePartition(reply.caseId),
      SK: `REPLY#${reply.replyId}`,
      GSI1PK: UNREAD_REPLIES,
      GSI1SK: `${reply.at}#${reply.caseId}`,
      entity: 'reply',
      ...reply,
    });
  }

  async listCustomerReplies(caseId: string): Promise<CustomerReply[]> {
    return (await this.table.caseItems<CustomerReply>(caseId, 'REPLY#')).sort((a, b) => a.at.localeCompare(b.at));
  }

  async listCasesWithUnreadReplies(limit = 200): Promise<string[]> {
    // The index holds replies, not cases: a case that wrote often takes several entries, so pages
    // are read until `limit` distinct cases are found (or the unread replies run out).
    const cases = new Set<string>();
    let start: Record<string, unknown> | undefined;
    while (cases.size < limit) {
      const page = await this.table.queryPage(
        { IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': UNREAD_REPLIES } },
        limit,
        start,
      );
      for (const item of page.items) if (cases.size < limit) cases.add(String(item.caseId));
      start = page.next;
      if (!start) break;
    }
    return [...cases];
  }

  async markRepliesRead(caseId: string, by: string, at: Date): Promise<number> {
    const unread = (await this.listCustomerReplies(caseId)).filter((r) => !r.readAt);
    let marked = 0;
    for (const reply of unread) {
      const read = await this.table.update({
        Key: { PK: casePartition(caseId), SK: `REPLY#${reply.replyId}` },
        UpdateExpression: 'SET readAt = :at, readBy = :by REMOVE GSI1PK, GSI1SK',
        // Two people marking at once: the second changes nothing.
        ConditionExpression: 'attribute_exists(SK) AND attribute_not_exists(readAt)',
        ExpressionAttributeValues: { ':at': at.toISOString(), ':by': by },
      });
      if (read) marked++;
    }
    return marked;
  }
}
