// ReplyRepository's contract, on every adapter: a reply is stored once per replyId, and the queue
// of cases with unread replies holds up to `limit` cases (not replies), oldest unread reply first.
import { describe, expect, it } from '@jest/globals';
import type { CustomerReply } from '../../../functions/domain/case/case';
import { repositoryAdapters } from '../../support/repository-adapters';
import { caseIdFor, clockAt, T0 } from './fixtures';

const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE).toISOString();
const reply = (n: number, replyId: string, minutes: number, over: Partial<CustomerReply> = {}): CustomerReply => ({
  caseId: caseIdFor(n),
  replyId,
  at: at(minutes),
  channel: 'email',
  text: 'Any news?',
  attachments: 0,
  ...over,
});

describe.each(repositoryAdapters(15953))('ReplyRepository %s', (_, make) => {
  const setup = async () => (await make(clockAt())).replies;

  it('stores a reply once per replyId: a redelivered email is the same reply', async () => {
    const replies = await setup();
    expect(await replies.addCustomerReply(reply(1, 'r1', 0))).toBe(true);
    expect(await replies.addCustomerReply(reply(1, 'r1', 5, { text: 'changed' }))).toBe(false);
    expect(await replies.listCustomerReplies(caseIdFor(1))).toEqual([reply(1, 'r1', 0)]);
  });

  it("lists a case's replies oldest first, and no other case's", async () => {
    const replies = await setup();
    await replies.addCustomerReply(reply(1, 'r-late', 10));
    await replies.addCustomerReply(reply(1, 'r-early', 1));
    await replies.addCustomerReply(reply(2, 'r-other', 0));

    expect((await replies.listCustomerReplies(caseIdFor(1))).map((r) => r.replyId)).toEqual(['r-early', 'r-late']);
    expect(await replies.listCustomerReplies(caseIdFor(3))).toEqual([]);
  });

  it('queues each case with unread replies once, the one with the oldest unread reply first', async () => {
    const replies = await setup();
    await replies.addCustomerReply(reply(2, 'a', 1));
    await replies.addCustomerReply(reply(1, 'b', 2));
    await replies.addCustomerReply(reply(2, 'c', 3));

    expect(await replies.listCasesWithUnreadReplies()).toEqual([caseIdFor(2), caseIdFor(1)]);
  });

  it('fills the queue up to `limit` cases, however many replies one chatty case sent', async () => {
    // Prepare: case 1 wrote five times before cases 2 and 3 wrote once
    const replies = await setup();
    for (let i = 0; i < 5; i++) await replies.addCustomerReply(reply(1, `chatty-${i}`, i));
    await replies.addCustomerReply(reply(2, 'x', 10));
    await replies.addCustomerReply(reply(3, 'y', 11));

    // Act & Assess
    expect(await replies.listCasesWithUnreadReplies(2)).toEqual([caseIdFor(1), caseIdFor(2)]);
    expect(await replies.listCasesWithUnreadReplies(3)).toEqual([caseIdFor(1), caseIdFor(2), caseIdFor(3)]);
    expect(await replies.listCasesWithUnreadReplies(0)).toEqual([]);
  });

  it('marks the unread replies of a case read once, and the case leaves the queue', async () => {
    // Prepare
    const replies = await setup();
    await replies.addCustomerReply(reply(1, 'a', 1));
    await replies.addCustomerReply(reply(1, 'b', 2));
    await replies.addCustomerReply(reply(2, 'c', 3));
    const readAt = new Date(at(30));

    // Act
    const marked = await replies.markRepliesRead(caseIdFor(1), 'agent:anna', readAt);
    const again = await replies.markRepliesRead(caseIdFor(1), 'agent:ben', new Date(at(40)));

    // Assess
    expect([marked, again]).toEqual([2, 0]);
    expect(await replies.listCustomerReplies(caseIdFor(1))).toEqual([
      reply(1, 'a', 1, { readAt: readAt.toISOString(), readBy: 'agent:anna' }),
      reply(1, 'b', 2, { readAt: readAt.toISOString(), readBy: 'agent:anna' }),
    ]);
    expect(await replies.listCasesWithUnreadReplies()).toEqual([caseIdFor(2)]);
    expect(await replies.markRepliesRead(caseIdFor(3), 'agent:anna', readAt)).toBe(0);
  });

  it('queues a case again when the customer writes after a person read the rest', async () => {
    const replies = await setup();
    await replies.addCustomerReply(reply(1, 'a', 1));
    await replies.markRepliesRead(caseIdFor(1), 'agent:anna', new Date(at(2)));

    await replies.addCustomerReply(reply(1, 'b', 3));

    expect(await replies.listCasesWithUnreadReplies()).toEqual([caseIdFor(1)]);
  });
});
