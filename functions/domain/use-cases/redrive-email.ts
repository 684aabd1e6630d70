// Redrive: an email whose intake failed every attempt is not lost. Its S3 event waits in the
// intake's failure queue and its raw message in the bucket; this runs the intake on each message
// again, and removes a record from the queue only once every message in it was taken. Running it
// twice is safe: the intake is idempotent by Message-ID, so a message never opens a second case.
import type { EmailIntake, IntakeFailureQueue, StoredEmail } from '../ports';
import { TAKE_LATER_OUTCOMES } from './receive-email';

export interface RedriveEmailDeps {
  readonly intake: EmailIntake;
  /** Needed to redrive from the queue; explicit messages need only the intake. */
  readonly failures?: IntakeFailureQueue;
}

export interface RedriveEmailRequest {
  /** Messages to run again by bucket and key (e.g. found in the logs), whether or not they are queued. */
  readonly messages?: readonly StoredEmail[];
  /** Work through the failure queue. */
  readonly fromQueue?: boolean;
  /** Stop after this many queue records in one run. @default 1000 */
  readonly maxRecords?: number;
}

export type MessageResult =
  | { readonly message: StoredEmail; readonly status: 'taken'; readonly outcomes: readonly string[] }
  /** The intake answered "not now" (rate limited): the record stays for a later run. */
  | { readonly message: StoredEmail; readonly status: 'later'; readonly outcomes: readonly string[] }
  | { readonly message: StoredEmail; readonly status: 'failed'; readonly error: string };

export interface RedriveReport {
  readonly results: readonly MessageResult[];
  /** Queue records removed because every message in them was taken. */
  readonly recordsRemoved: number;
  /** Queue records left for a later run (a message failed again or was told to wait). */
  readonly recordsKept: number;
  /** Queue records with no message we could read: left in the queue for a person. */
  readonly recordsUnreadable: number;
}

const BATCH = 10;
const idOf = (m: StoredEmail) => `${m.bucket}/${m.key}`;

export async function redriveEmail(deps: RedriveEmailDeps, request: RedriveEmailRequest): Promise<RedriveReport> {
  // One run takes each message once, however many records name it (S3 may deliver an event twice).
  const done = new Map<string, MessageResult>();
  const run = async (message: StoredEmail): Promise<MessageResult> => {
    const known = done.get(idOf(message));
    if (known) return known;
    const answer = await deps.intake.run(message);
    const result: MessageResult = !answer.ok
      ? { message, status: 'failed', error: answer.error }
      : { message, status: answer.outcomes.some((o) => TAKE_LATER_OUTCOMES.includes(o)) ? 'later' : 'taken', outcomes: answer.outcomes };
    done.set(idOf(message), result);
    return result;
  };

  for (const message of request.messages ?? []) await run(message);

  let removed = 0;
  let kept = 0;
  let unreadable = 0;
  if (request.fromQueue) {
    if (!deps.failures) throw new Error('Redriving from the queue needs the failure queue');
    const max = request.maxRecords ?? 1000;
    // Records a run leaves behind stay hidden until their visibility timeout ends, so an empty
    // batch means this run has seen every record that was waiting.
    for (let seen = 0; seen < max; ) {
      const batch = await deps.failures.receive(Math.min(BATCH, max - seen));
      if (batch.length === 0) break;
      for (const record of batch) {
        seen += 1;
        if (!record.messages || record.messages.length === 0) {
          unreadable += 1;
          continue;
        }
        let allTaken = true;
        for (const message of record.messages) if ((await run(message)).status !== 'taken') allTaken = false;
        if (allTaken) {
          await deps.failures.remove(record.receipt);
          removed += 1;
        } else kept += 1;
      }
    }
  }
  return { results: [...done.values()], recordsRemoved: removed, recordsKept: kept, recordsUnreadable: unreadable };
}
