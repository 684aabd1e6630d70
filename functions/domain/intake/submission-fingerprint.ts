// What makes two submissions one complaint. Intake stores the fingerprint with
// the idempotency key on the case (submit-complaint.ts), so a retry of the same
// complaint is replayed and a different complaint under a used key is refused.
import { createHash } from 'node:crypto';
import type { ComplaintSubmission } from './complaint-schema';

/**
 * SHA-256 over the fields as the schema validated and normalised them, never
 * over the raw body: JSON and a form post of the same complaint, other key
 * order, whitespace the schema trims or a field left blank are one complaint.
 * Every field counts, including ones added to the schema later, so a new
 * field can never be the difference a replay silently drops. Keys are sorted
 * and absent optional fields left out. The address is compared in lower case,
 * as mail delivery treats it.
 */
export function submissionFingerprint(submission: ComplaintSubmission): string {
  const fields: Record<string, unknown> = { ...submission, email: submission.email.toLowerCase() };
  const canonical = Object.keys(fields)
    .filter((k) => fields[k] !== undefined)
    .sort()
    .map((k) => [k, fields[k]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * The key of a submission that brought none (the form without JavaScript
 * cannot send a header): the whole complaint and the day. The same complaint
 * posted again that day is replayed; anything changed in it (a corrected
 * account id, say) is a complaint of its own, never refused as a reused key.
 */
export function derivedIdempotencyKey(submission: ComplaintSubmission, now: Date): string {
  return createHash('sha256')
    .update(`${submissionFingerprint(submission)}\n${now.toISOString().slice(0, 10)}`)
    .digest('hex');
}
