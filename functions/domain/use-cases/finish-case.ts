// Step 6 and the ways out of the workflow: close on "yes" or no answer, reopen
// to a person on "no" (at most `maxReopens` times, then a supervisor), and
// `needs-attention` where every failure ends, in front of a person.
import { lifecycleEvent } from '../../../events/catalog';
import { sendCaseMail } from '../mail/send-case-mail';
import { loadCase, type StepDeps } from './step-deps';

export async function closeCase(
  deps: Pick<StepDeps, 'cases' | 'messages' | 'mailer' | 'events' | 'clock'>,
  caseId: string,
  outcome: 'satisfied' | 'no_answer',
  rating?: number | null,
): Promise<void> {
  const kase = await loadCase(deps.cases, caseId);
  const at = deps.clock.now();
  await deps.cases.transition(
    caseId,
    'close',
    { satisfaction: { answer: outcome === 'satisfied' ? 'yes' : 'timeout', ...(rating ? { rating } : {}), at: at.toISOString() } },
    { actor: 'system:confirm', action: 'case.closed', detail: { outcome, ...(rating ? { rating } : {}) } },
  );
  await sendCaseMail(deps, kase, 'closed', 'closed', { caseNumber: kase.caseNumber }, 'system:confirm');
  await deps.events.publish(lifecycleEvent('case.closed', { caseId, outcome, ...(rating ? { rating } : {}) }, at));
}

export async function reopenCase(
  deps: Pick<StepDeps, 'cases' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'>,
  caseId: string,
  rating?: number | null,
): Promise<{ toSupervisor: boolean; reopenCount: number }> {
  const kase = await loadCase(deps.cases, caseId);
  // A retried Reopen finds its own first run's transition: that "no" is already counted.
  const alreadyApplied = kase.status === 'reopened' || kase.status === 'with_supervisor';
  const reopenCount = alreadyApplied ? kase.reopenCount : kase.reopenCount + 1;
  const toSupervisor = alreadyApplied ? kase.status === 'with_supervisor' : reopenCount > deps.config.maxReopens;
  const at = deps.clock.now();
  const satisfaction = { answer: 'no' as const, ...(rating ? { rating } : {}), at: at.toISOString() };
  if (toSupervisor) {
    await deps.cases.transition(
      caseId,
      'toSupervisor',
      { reopenCount, satisfaction, assignee: 'supervisor' },
      { actor: 'customer', action: 'case.to_supervisor', detail: { reopenCount } },
    );
  } else {
    await deps.cases.transition(caseId, 'reopen', { reopenCount, satisfaction }, { actor: 'customer', action: 'case.reopened', detail: { reopenCount } });
  }
  const hours = toSupervisor ? deps.config.timeFrames.escalatedHours : deps.config.timeFrames.reopenedHours;
  await sendCaseMail(deps, kase, 'reopened', `reopened#${reopenCount}`, { caseNumber: kase.caseNumber, timeFrameHours: hours }, 'system:confirm');
  await deps.events.publish(lifecycleEvent('case.reopened', { caseId, reopenCount, toSupervisor }, at));
  return { toSupervisor, reopenCount };
}

/** Error names are codes we control; anything else is reduced to a safe code. */
const errorCode = (error: string) => (/^[A-Za-z0-9_.:-]{1,64}$/.test(error) ? error : 'unknown_error').toLowerCase();

export async function flagNeedsAttention(
  deps: Pick<StepDeps, 'cases' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'>,
  caseId: string,
  error: string,
  cause: string,
): Promise<void> {
  const kase = await loadCase(deps.cases, caseId);
  const code = errorCode(error);
  const reason = `${error}: ${cause}`.slice(0, 500);
  await deps.cases.transition(
    caseId,
    'flagNeedsAttention',
    { attentionReason: reason },
    { actor: 'system:workflow', action: 'case.needs_attention', detail: { error: code, reason } },
  );
  await deps.events.publish(lifecycleEvent('case.needs_attention', { caseId, errorCode: code }, deps.clock.now()));
  try {
    await sendCaseMail(
      deps,
      kase,
      'needs-attention',
      'needs-attention',
      { caseNumber: kase.caseNumber, timeFrameHours: deps.config.timeFrames.escalatedHours },
      'system:workflow',
    );
  } catch {
    // The case is already in front of a person; a mail failure must not undo that.
    await deps.cases.appendTimeline(caseId, { actor: 'system:workflow', action: 'mail.failed', detail: { kind: 'needs-attention' } });
  }
}
