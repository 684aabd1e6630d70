// Sends one customer message for a case, at most once per message key. The
// claim is a conditional write made before sending: a retried step finds the
// key already sent and skips, and every send lands on the case's timeline.
import type { Case } from '../case/case';
import { renderMessage, type MessageKind, type MessageVars } from '../messages';
import type { CaseRepository, Mailer } from '../ports';

/** A claim older than this is taken over: the attempt that made it died between claim and send. */
const STALE_CLAIM_MS = 60_000;

export interface CaseMailDeps {
  readonly cases: CaseRepository;
  readonly mailer: Mailer;
}

export async function sendCaseMail<K extends MessageKind>(
  deps: CaseMailDeps,
  kase: Case,
  kind: K,
  messageKey: string,
  vars: MessageVars[K],
  actor: string,
): Promise<'sent' | 'already-sent'> {
  const claim = await deps.cases.claimMessage(kase.caseId, messageKey, STALE_CLAIM_MS);
  if (claim === 'already-sent') return 'already-sent';
  const rendered = renderMessage(kind, kase.language, vars);
  const { messageId } = await deps.mailer.send({
    to: kase.contact.email,
    ...rendered,
    tags: { kind, caseId: kase.caseId },
  });
  await deps.cases.markMessageSent(kase.caseId, messageKey, messageId);
  await deps.cases.appendTimeline(kase.caseId, { actor, action: 'mail.sent', detail: { kind, messageKey, language: kase.language } });
  return 'sent';
}
