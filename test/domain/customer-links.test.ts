// The customer's answer is the customer's alone: a case waiting for the
// satisfaction answer, read through the staff API's use case, carries its
// link id nowhere in the JSON — not on the case, not in a task reference, not
// in a timeline detail, not in a reply where the customer quoted our mail.
import { describe, expect, it } from '@jest/globals';
import { prepareWait } from '../../functions/domain/use-cases/prepare-wait';
import { getCaseDetail } from '../../functions/domain/staff/staff-use-cases';
import { REMOVED_LINK, withoutCustomerLinks } from '../../functions/domain/staff/customer-links';
import { CASE_ID, caseIn, setupStaff, supervisor } from '../support/waiting-case';

describe('link ids in what the staff API returns', () => {
  it('are nowhere in a satisfaction-stage case', async () => {
    // Prepare: the workflow asked the customer and stored its token under the link id
    const t = setupStaff();
    await caseIn(t, 'resolved');
    const { ref: linkId } = await prepareWait(t.deps, { caseId: CASE_ID, kind: 'satisfaction' });
    await t.tasks.saveTaskToken({ caseId: CASE_ID, kind: 'satisfaction', ref: linkId, taskToken: 'token-satisfaction' });
    const answerUrl = /https?:\/\/\S+\/answers\/[A-Za-z0-9_-]+/.exec(t.mailer.sent[0]!.text)![0];
    await t.replies.addCustomerReply({
      caseId: CASE_ID,
      replyId: 'r1',
      at: t.clock.now().toISOString(),
      channel: 'email',
      text: `Thanks! Quoting your mail:\n> Answer here: ${answerUrl}`,
      attachments: 0,
    });
    await t.cases.appendTimeline(CASE_ID, { actor: 'system:test', action: 'link.noted', detail: { ref: linkId } });
    expect(JSON.stringify(t.cases.cases.get(CASE_ID))).toContain(linkId);

    // Act
    const detail = await getCaseDetail(t.deps, supervisor('supervisor'), CASE_ID);

    // Assess
    const json = JSON.stringify(detail);
    expect(json).not.toContain(linkId);
    expect(json).not.toContain('answerLink');
    expect(json).not.toContain('token-satisfaction');
    expect(detail.case).toMatchObject({ caseId: CASE_ID, status: 'awaiting_satisfaction' });
    expect(detail.replies[0]!.text).toContain(`/answers/${REMOVED_LINK}`);
  });

  it('leaves everything else as it was', () => {
    const value = { case: { caseId: CASE_ID, description: 'short words stay', nested: [{ n: 1, ok: true }] } };

    expect(withoutCustomerLinks(value, ['x', undefined])).toEqual(value);
  });
});
