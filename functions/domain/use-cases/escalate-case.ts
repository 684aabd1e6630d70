// A person did not act in time: the case moves to a supervisor, and the
// customer hears the new time frame instead of silence.
import { lifecycleEvent } from '../../../events/catalog';
import { sendCaseMail } from '../mail/send-case-mail';
import { loadCase, type StepDeps } from './step-deps';

export async function escalateCase(
  deps: Pick<StepDeps, 'cases' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'>,
  caseId: string,
  waitingFor: 'findings' | 'decision',
): Promise<void> {
  const kase = await loadCase(deps.cases, caseId);
  const newTimeFrameHours = deps.config.timeFrames.escalatedHours;
  await deps.cases.update(caseId, { assignee: 'supervisor' });
  await deps.cases.appendTimeline(caseId, { actor: 'system:escalate', action: 'case.escalated', detail: { waitingFor, newTimeFrameHours } });
  await sendCaseMail(
    deps,
    kase,
    'decision-escalated',
    `escalated#${waitingFor}#${kase.reopenCount}`,
    { caseNumber: kase.caseNumber, newTimeFrameHours },
    'system:escalate',
  );
  await deps.events.publish(lifecycleEvent('case.escalated', { caseId, reason: `${waitingFor}_timeout` }, deps.clock.now()));
}
