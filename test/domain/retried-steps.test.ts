// Steps retried after a fault part-way through must find their own half-done
// work and finish it, never redo it or skip what the customer was told. Each
// test here fails without the fix it names (issue 10, part 5).
import { describe, expect, it } from '@jest/globals';
import { FixedClock, RecordingEventPublisher, RecordingMailer } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories } from '../../functions/adapters/memory/repositories';
import { parseConfig } from '../../functions/domain/config';
import { newCase } from '../support/new-case';
import { MailThrottledError } from '../../functions/domain/errors';
import type { Mailer, OutgoingMail } from '../../functions/domain/ports';
import { reopenCase } from '../../functions/domain/use-cases/finish-case';
import { resolveCase } from '../../functions/domain/use-cases/resolve-case';
import { sendCaseMail } from '../../functions/domain/mail/send-case-mail';

async function caseAt(
  steps: readonly ('acknowledge' | 'classify' | 'investigate' | 'resolve' | 'awaitSatisfaction')[],
  mailer: Mailer = new RecordingMailer(),
) {
  const clock = new FixedClock(new Date('2026-12-01T10:00:00Z'));
  const repos = inMemoryRepositories(clock);
  const { cases } = repos;
  const events = new RecordingEventPublisher();
  const config = parseConfig(undefined);
  const { case: kase } = await cases.createCase(newCase(`c${'b'.repeat(31)}`, clock.now().toISOString()));
  for (const step of steps) await cases.transition(kase.caseId, step, {}, { actor: 'test', action: step });
  return { clock, ...repos, events, config, mailer, caseId: kase.caseId };
}

/** Fails on the first `failures` sends the way SES does when throttled, then sends. */
class ThrottledMailer extends RecordingMailer {
  constructor(private failures: number) {
    super();
  }
  override async send(mail: OutgoingMail) {
    if (this.failures-- > 0) throw new MailThrottledError('SES throttled the send (Throttling)');
    return super.send(mail);
  }
}

describe('a retried Resolve', () => {
  it('still asks for the decision on the proposal its first run made and told the customer about', async () => {
    const t = await caseAt(['acknowledge', 'classify', 'investigate']);
    await t.cases.update(t.caseId, {
      proposalDraft: { amount: '4.5', asset: 'USDT', reason: 'failed_withdrawal_fee_refund', proposedBy: 'rule:failed-withdrawal-fee', evidence: [] },
    });
    const first = await resolveCase(t, t.caseId);
    // The first run's answer was lost (a crash after its last write): Step Functions runs it again.
    const again = await resolveCase(t, t.caseId);
    expect(first).toEqual({ compensationProposed: true, proposalId: 'p0', round: 0 });
    expect(again).toEqual(first);
    expect((t.mailer as RecordingMailer).sent).toHaveLength(1);
    expect(await t.compensation.listProposals(t.caseId)).toHaveLength(1);
  });
});

describe('a retried Reopen', () => {
  it('counts the customer’s "no" once and mails once', async () => {
    const t = await caseAt(['acknowledge', 'classify', 'investigate', 'resolve', 'awaitSatisfaction']);
    const first = await reopenCase(t, t.caseId, 2);
    const again = await reopenCase(t, t.caseId, 2);
    expect(first).toEqual({ toSupervisor: false, reopenCount: 1 });
    expect(again).toEqual(first);
    expect((await t.cases.getCase(t.caseId))!.reopenCount).toBe(1);
    expect((t.mailer as RecordingMailer).sent.map((m) => m.subject)).toHaveLength(1);
  });

  it('a retried last allowed "no" still hands the case to a supervisor once', async () => {
    const t = await caseAt(['acknowledge', 'classify', 'investigate', 'resolve', 'awaitSatisfaction']);
    await t.cases.update(t.caseId, { reopenCount: 2 });
    expect(await reopenCase(t, t.caseId)).toEqual({ toSupervisor: true, reopenCount: 3 });
    expect(await reopenCase(t, t.caseId)).toEqual({ toSupervisor: true, reopenCount: 3 });
    expect((await t.cases.getCase(t.caseId))!).toMatchObject({ status: 'with_supervisor', reopenCount: 3 });
  });
});

describe('a mail the provider refused', () => {
  it('gives its claim back, so the very next try sends it', async () => {
    const mailer = new ThrottledMailer(1);
    const t = await caseAt(['acknowledge'], mailer);
    const kase = (await t.cases.getCase(t.caseId))!;
    const send = () => sendCaseMail(t, kase, 'agent-message', 'agent-message#1', { caseNumber: kase.caseNumber, message: 'We are on it.' }, 'agent:anna');
    await expect(send()).rejects.toBeInstanceOf(MailThrottledError);
    // No clock movement: the person tries again at once (a step's retry comes as fast).
    await expect(send()).resolves.toBe('sent');
    await expect(send()).resolves.toBe('already-sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('a retried step takes over the claim of the attempt that died after claiming, and sends once', async () => {
    const t = await caseAt(['acknowledge']);
    const kase = (await t.cases.getCase(t.caseId))!;
    await t.messages.claimMessage(t.caseId, 'closed', 0);
    await expect(sendCaseMail(t, kase, 'closed', 'closed', { caseNumber: kase.caseNumber }, 'system:confirm')).resolves.toBe('sent');
    expect((t.mailer as RecordingMailer).sent).toHaveLength(1);
  });

  it('a console send keeps its claim while another click may still be sending', async () => {
    const t = await caseAt(['acknowledge']);
    const kase = (await t.cases.getCase(t.caseId))!;
    await t.messages.claimMessage(t.caseId, 'agent-message#x', 60_000);
    await expect(sendCaseMail(t, kase, 'closed', 'agent-message#x', { caseNumber: kase.caseNumber }, 'agent:anna')).rejects.toThrow(/being sent/);
  });
});
