// Email intake: a customer's email either answers a case (its subject carries the case number
// and it comes from the case's own address) or opens a new one, exactly as the web form does.
// Every mail we send says "reply to this email to reach a person": a reply is kept on the case
// and the case shows in the console's queue until a person has read it. Machine-sent mail
// (auto-replies, bounces, lists, our own) is dropped here, so no two auto-responders loop.
import { createHash } from 'node:crypto';
import { lifecycleEvent } from '../../../events/catalog';
import { RateLimitedError } from '../errors';
import type { ReplyRepository } from '../ports';
import { ComplaintSubmissionSchema } from '../intake/complaint-schema';
import { caseNumberIn, type InboundEmail } from '../intake/inbound-email';
import { redactSecrets } from '../intake/redact-secrets';
import { sanitizeCustomerName } from '../messages/customer-name';
import { submitComplaint, type SubmitComplaintDeps } from './submit-complaint';

export interface ReceiveEmailDeps extends SubmitComplaintDeps {
  readonly replies: ReplyRepository;
  /** Our own sender address: mail from it is our own, bounced or looped back. */
  readonly ownAddress?: string;
}

export type ReceiveEmailOutcome =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'reply'; readonly caseId: string; readonly stored: boolean }
  | { readonly kind: 'complaint'; readonly caseId: string; readonly caseNumber: string; readonly created: boolean };

/** How an outcome is reported (logs, the handler's result, a redrive's report): its kind and reason, never content. */
export function outcomeLabel(outcome: ReceiveEmailOutcome): string {
  return outcome.kind === 'ignored' ? `ignored:${outcome.reason}` : outcome.kind;
}

/** Outcomes that mean "not now" rather than "done": a redrive keeps the message for a later run. */
export const TAKE_LATER_OUTCOMES: readonly string[] = ['ignored:rate_limited'];

/** What the form's schema allows; longer mail is cut, not refused: nothing a customer wrote is lost on the raw copy. */
const MAX_TEXT = 5000;
/** A mail with no words (an attachment, an empty body) still reaches a person. */
const NO_TEXT = '(The email had no text we could read.)';

const digest = (value: string, length = 32) => createHash('sha256').update(value).digest('hex').slice(0, length);

export async function receiveEmail(deps: ReceiveEmailDeps, mail: InboundEmail): Promise<ReceiveEmailOutcome> {
  if (mail.automated) return { kind: 'ignored', reason: mail.automated };
  const from = mail.fromAddress;
  if (!from) return { kind: 'ignored', reason: 'no_sender' };
  if (deps.ownAddress && from === deps.ownAddress.toLowerCase()) return { kind: 'ignored', reason: 'own_address' };

  const caseNumber = caseNumberIn(mail.subject);
  if (caseNumber) {
    const caseId = await deps.cases.findCaseIdByNumber(caseNumber);
    const kase = caseId ? await deps.cases.getCase(caseId) : undefined;
    // Only the case's own customer adds to it; anyone else quoting a number opens their own case,
    // so nobody can read or write another customer's case by guessing its number.
    if (kase && kase.contact.email.toLowerCase() === from) return addReply(deps, kase.caseId, mail);
  }
  return openComplaint(deps, mail, from);
}

async function addReply(deps: ReceiveEmailDeps, caseId: string, mail: InboundEmail): Promise<ReceiveEmailOutcome> {
  const now = deps.clock.now();
  const { text } = redactSecrets((mail.text || NO_TEXT).slice(0, MAX_TEXT));
  const stored = await deps.replies.addCustomerReply({
    caseId,
    replyId: digest(mail.messageId),
    at: now.toISOString(),
    channel: 'email',
    text,
    attachments: mail.attachments,
  });
  if (stored) {
    await deps.cases.appendTimeline(caseId, {
      actor: 'customer',
      action: 'customer.replied',
      detail: { channel: 'email', chars: text.length, attachments: mail.attachments },
    });
    await deps.events.publish(lifecycleEvent('case.customer_replied', { caseId, channel: 'email', attachments: mail.attachments }, now));
  }
  return { kind: 'reply', caseId, stored };
}

async function openComplaint(deps: ReceiveEmailDeps, mail: InboundEmail, from: string): Promise<ReceiveEmailOutcome> {
  // The subject is often the best summary a customer gives ("Withdrawal stuck since Monday").
  const description = [mail.subject, mail.text].filter(Boolean).join('\n\n').slice(0, MAX_TEXT).trim();
  const parsed = ComplaintSubmissionSchema.safeParse({
    name: sanitizeCustomerName(mail.fromName) ?? from.split('@')[0]!.slice(0, 120),
    email: from,
    description: description.length >= 10 ? description : `${description} ${NO_TEXT}`.trim(),
  });
  if (!parsed.success) return { kind: 'ignored', reason: 'invalid_sender' };
  try {
    const result = await submitComplaint(deps, {
      submission: parsed.data,
      channel: 'email',
      // The same message delivered twice is one case.
      idempotencyKey: `email:${digest(mail.messageId, 64)}`,
      clientId: `email:${from.split('@')[1] ?? 'unknown'}`,
    });
    return { kind: 'complaint', caseId: result.caseId, caseNumber: result.caseNumber, created: result.created };
  } catch (e) {
    if (e instanceof RateLimitedError) return { kind: 'ignored', reason: 'rate_limited' };
    throw e;
  }
}
