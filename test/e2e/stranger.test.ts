// Issue 10's "Stranger", end to end against the local stack: a complaint from a brand-new
// address quoting another customer's failed withdrawal (ACC-1001's, in local/fixtures/ledger.json)
// gets no proposal and no word about that transaction's status, while the agent sees it flagged.
// The same complaint from ACC-1001's own address does get the fee refund, so the test can fail.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  caseItem,
  FAILED_WITHDRAWAL,
  feeRefundComplaint,
  mailsTo,
  openComplaint,
  signIn,
  staff,
  startStack,
  timeline,
  USERS,
  waitForMail,
  waitForStatus,
  type StackHandle,
} from './local-stack-harness';

/** The owner of ACC-1001 in local/fixtures/ledger.json. */
const OWNER = 'alice@example.com';
const STRANGER = 'brand-new-customer@example.net';

let stack: StackHandle;
let agent: string;

beforeAll(async () => {
  stack = await startStack({ basePort: 15300 });
  agent = await signIn(stack, ...USERS.agent);
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

describe("a complaint quoting someone else's transaction", () => {
  it('gets no proposal and no confirmation wording, and the agent sees the hash flagged', async () => {
    // Act: a new address quotes ACC-1001's failed withdrawal, and even types ACC-1001 as its account.
    const { caseId } = await openComplaint(stack, feeRefundComplaint(STRANGER, FAILED_WITHDRAWAL), 'stranger-0001');
    const waiting = await waitForStatus(stack, caseId, 'awaiting_findings');

    // Assess: no account, no draft, the hash flagged, and a person asked to look.
    expect(waiting.ledgerAccountId).toBeUndefined();
    expect(waiting.proposalDraft).toBeUndefined();
    expect(waiting.needsPersonReasons).toContain('transaction_of_another_account');
    expect(waiting.evidence).toEqual([expect.objectContaining({ reference: FAILED_WITHDRAWAL, otherAccount: true })]);
    const investigated = (await timeline(stack, caseId)).find((e) => e.action === 'case.investigated')!;
    expect(investigated.detail).toMatchObject({ customerFound: false, typedAccountId: 'ignored_not_email_account', otherAccountTransactions: 1 });

    // The agent's view of the case: flagged, with nothing the ledger holds about it.
    const detail = await staff(stack, agent, 'GET', `/api/cases/${caseId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.case.evidence[0]).toMatchObject({ reference: FAILED_WITHDRAWAL, otherAccount: true });
    expect(detail.json.case.evidence[0]).not.toHaveProperty('ledgerStatus');
    expect(detail.json.case.evidence[0]).not.toHaveProperty('amount');
    expect(detail.json.proposals).toEqual([]);

    // The agent answers without money; the resolution mail goes out.
    const findings = await staff(stack, agent, 'POST', `/api/cases/${caseId}/findings`, {
      summary: 'Asked the customer which account they use.',
      lines: ['We could not link this transaction to an account registered with this email address.'],
    });
    expect(findings.status).toBe(202);
    await waitForMail(stack, STRANGER, /What we found/);

    const mails = await mailsTo(stack, STRANGER);
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/received your complaint/), expect.stringMatching(/What we found/)]),
    );
    for (const mail of mails) {
      const text = `${mail.subject}\n${mail.body.text ?? ''}\n${mail.body.html ?? ''}`;
      expect(text).not.toMatch(/confirmed|failed|refund|compensation|4\.5|250 USDT/i);
    }
    expect((await caseItem(stack, caseId)).proposalDraft).toBeUndefined();
  });

  it("proposes the fee refund when the complaint comes from the transaction's owner", async () => {
    const { caseId } = await openComplaint(stack, feeRefundComplaint(OWNER, FAILED_WITHDRAWAL), 'stranger-owner-0001');
    const waiting = await waitForStatus(stack, caseId, 'awaiting_decision');
    expect(waiting.ledgerAccountId).toBe('ACC-1001');
    expect(waiting.evidence).toEqual([expect.objectContaining({ reference: FAILED_WITHDRAWAL, ledgerStatus: 'failed' })]);
    expect(waiting.evidence[0].otherAccount).toBeUndefined();
    const detail = await staff(stack, agent, 'GET', `/api/cases/${caseId}`);
    expect(detail.json.proposals[0]).toMatchObject({ amount: '4.5', asset: 'USDT', proposedBy: 'rule:failed-withdrawal-fee' });
  });
});
