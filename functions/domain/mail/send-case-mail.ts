// Sends one customer message for a case, at most once per message key. The
// claim is a conditional write made before sending: a retried step finds the
// key already sent and skips, and every send lands on the case's timeline.
import type { Case } from '../case/case';
import { renderMessage, type MessageKind, type MessageVars } from '../messages';
import type { CaseRepository, Mailer, MessageRepository } from '../ports';

/** A claim older than this is taken over: the attempt that made it died between claim and send. */
const STALE_CLAIM_MS = 60_000;

/**
 * Workflow steps (actor `system:…`) take over a claim at once. Step Functions starts a retry only
 * after the attempt before it has ended, so a claim still "sending" belongs to a dead attempt that
 * may or may not have reached the provider. Sending again is the one at-least-once window: a crash
 * between the provider accepting the mail and our record of it (SES has no idempotency key) sends
 * that mail twice; a crash anywhere else sends it once. People in the console can double-click, so
 * their sends keep the stale time.
 */
const staleAfterFor = (actor: string) => (actor.startsWith('system:') ? 0 : STALE_CLAIM_MS);

export interface CaseMailDeps {
  /** For the timeline entry of each send. */
  readonly cases: CaseRepository;
  readonly messages: MessageRepository;
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
  const claim = await deps.messages.claimMessage(kase.caseId, messageKey, staleAfterFor(actor));
  if (claim === 'already-sent') return 'already-sent';
  const rendered = renderMessage(kind, kase.language, vars);
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send({
      to: kase.contact.email,
      ...rendered,
      tags: { kind, caseId: kase.caseId },
    }));
  } catch (error) {
    // The provider refused or failed: nothing was sent, so the retry must not find this claim
    // and wait out its stale time (a throttle would otherwise fail every retry in a row).
    await deps.messages.releaseMessageClaim(kase.caseId, messageKey).catch(() => undefined);
    throw error;
  }
  await deps.messages.markMessageSent(kase.caseId, messageKey, messageId);
  await deps.cases.appendTimeline(kase.caseId, { actor, action: 'mail.sent', detail: { kind, messageKey, language: kase.language } });
  return 'sent';
}
