// Step 1: tell the customer at once that we have their complaint, under which
// case number, what happens next and by when. The mail echoes nothing the
// customer typed, so the public form cannot be used to mail arbitrary text.
import { lifecycleEvent } from '../../../events/catalog';
import { sendCaseMail } from '../mail/send-case-mail';
import { loadCase, timeFrameHoursFor, type StepDeps } from './step-deps';

export async function acknowledgeCase(
  deps: Pick<StepDeps, 'cases' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'>,
  caseId: string,
): Promise<{ timeFrameHours: number }> {
  const kase = await loadCase(deps.cases, caseId);
  const timeFrameHours = timeFrameHoursFor(kase, deps.config);
  await sendCaseMail(
    deps,
    kase,
    'acknowledgement',
    'acknowledgement',
    { caseNumber: kase.caseNumber, timeFrameHours, talkToPerson: kase.wantsHuman, secretsRedacted: kase.redactedSecrets.length > 0 },
    'system:acknowledge',
  );
  await deps.cases.transition(caseId, 'acknowledge', {}, { actor: 'system:acknowledge', action: 'case.acknowledged', detail: { timeFrameHours } });
  await deps.events.publish(lifecycleEvent('case.acknowledged', { caseId, timeFrameHours }, deps.clock.now()));
  return { timeFrameHours };
}
