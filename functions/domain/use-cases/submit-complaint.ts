// Intake: a complaint becomes a stored case before anything else happens, then
// its workflow starts. The case id comes from the idempotency key and the
// execution name from the case id, so a repeated submission (double click,
// client retry, replayed email) returns the same case and never a second one.
// The case also keeps the fingerprint of the complaint that opened it: a web
// key sent again with a different complaint is refused, not replayed.
import { createHash } from 'node:crypto';
import type { Case } from '../case/case';
import { caseIdFor, executionNameFor, type Channel } from '../case/case-id';
import { detectLanguage } from '../classification/language';
import type { RedressConfig } from '../config';
import { IdempotencyKeyReusedError, RateLimitedError } from '../errors';
import { extractTransactionRefs } from '../evidence/transaction-evidence';
import { SUPPORTED_LANGUAGES } from '../messages';
import type { ComplaintSubmission } from '../intake/complaint-schema';
import { submissionFingerprint } from '../intake/submission-fingerprint';
import { redactSecrets } from '../intake/redact-secrets';
import type { CaseRepository, Clock, CounterRepository, EventPublisher, Workflow } from '../ports';
import { lifecycleEvent } from '../../../events/catalog';

export interface SubmitComplaintDeps {
  readonly cases: CaseRepository;
  /** The per-address and per-client rate limits. */
  readonly counters: CounterRepository;
  readonly events: EventPublisher;
  readonly workflow: Workflow;
  readonly clock: Clock;
  readonly config: RedressConfig;
  /** Reports an operational problem without personal data. */
  readonly warn: (message: string, fields: Record<string, string>) => void;
}

export interface SubmitComplaintInput {
  readonly submission: ComplaintSubmission;
  readonly channel: Channel;
  /** A web client's Idempotency-Key (or one derived from the complaint), or the email's Message-ID digest. */
  readonly idempotencyKey: string;
  /** Who is calling (source IP or mail server), for the per-client rate limit; hashed before storing. */
  readonly clientId: string;
}

export interface SubmitComplaintResult {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly created: boolean;
}

export function workflowInput(caseId: string, config: RedressConfig) {
  return { caseId, config: { timeouts: config.timeouts } };
}

const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/**
 * Whether a key sent again with a different complaint is refused. A web key is
 * the client's promise that the request is the same one, so a difference is a
 * reused key. An email's key is its Message-ID, which names one stored raw
 * message: a difference there comes from our own parsing changing between a
 * delivery and a redrive, and refusing would fail that redrive for good.
 */
const REFUSES_REUSED_KEY: Readonly<Record<Channel, boolean>> = { web: true, email: false };

export async function submitComplaint(deps: SubmitComplaintDeps, input: SubmitComplaintInput): Promise<SubmitComplaintResult> {
  const caseId = caseIdFor(input.channel, input.idempotencyKey);
  const fingerprint = submissionFingerprint(input.submission);
  const existing = await deps.cases.getCase(caseId);
  if (existing) return replay(deps, input, existing, fingerprint);

  const now = deps.clock.now();
  const { perAddressPerHour, perClientPerHour } = deps.config.rateLimits;
  const addressOk = await deps.counters.hitRateLimit(`address#${hashed(input.submission.email.toLowerCase())}`, perAddressPerHour, 3600, now);
  const clientOk = await deps.counters.hitRateLimit(`client#${hashed(input.clientId)}`, perClientPerHour, 3600, now);
  if (!addressOk || !clientOk) throw new RateLimitedError('Too many complaints from this address or client; try again later');

  const redaction = redactSecrets(input.submission.description);
  const language = pickLanguage(input.submission.language, redaction.text);
  const { created, case: stored } = await deps.cases.createCase({
    caseId,
    channel: input.channel,
    contact: { name: input.submission.name, email: input.submission.email, ...(input.submission.accountId ? { accountId: input.submission.accountId } : {}) },
    language,
    description: redaction.text,
    transactionRefs: extractTransactionRefs(input.submission.transactionHashes.join(' '), redaction.text),
    wantsHuman: input.submission.wantsHuman,
    redactedSecrets: redaction.found,
    requestFingerprint: fingerprint,
    createdAt: now.toISOString(),
  });
  // Another request with this key won the conditional put since our read.
  if (!created) return replay(deps, input, stored, fingerprint);

  await recordOpened(deps, stored, now);
  await startWorkflowIfPending(deps, stored);
  return { caseId, caseNumber: stored.caseNumber, created: true };
}

/** The case's first timeline entry and lifecycle event; written again only if an attempt died before it. */
async function recordOpened(deps: SubmitComplaintDeps, kase: Case, now: Date): Promise<void> {
  await deps.cases.appendTimeline(kase.caseId, {
    actor: 'customer',
    action: 'case.opened',
    detail: { channel: kase.channel, language: kase.language, wantsHuman: kase.wantsHuman, secretsRedacted: kase.redactedSecrets.join(',') || 'none' },
  });
  await deps.events.publish(
    lifecycleEvent('case.opened', { caseId: kase.caseId, caseNumber: kase.caseNumber, channel: kase.channel, wantsHuman: kase.wantsHuman }, now),
  );
}

/**
 * The key already opened a case. The same complaint gets that case (and its
 * execution started, if an earlier attempt stopped short of it); a different
 * one is refused before anything of the first case is touched.
 */
async function replay(deps: SubmitComplaintDeps, input: SubmitComplaintInput, kase: Case, fingerprint: string): Promise<SubmitComplaintResult> {
  // A case stored before fingerprints existed has none. Its key alone decided
  // then and the client holding it was given this case; what that client sent
  // is unknown, so it counts as the same complaint: refusing would turn every
  // late retry of those requests into a 422.
  const sameComplaint = kase.requestFingerprint === undefined || kase.requestFingerprint === fingerprint;
  if (!sameComplaint && REFUSES_REUSED_KEY[input.channel]) throw new IdempotencyKeyReusedError(kase.caseId);
  // An attempt that died right after storing the case left it unannounced: finish its work.
  if (kase.status === 'received' && !(await deps.cases.listTimeline(kase.caseId)).some((e) => e.action === 'case.opened'))
    await recordOpened(deps, kase, deps.clock.now());
  await startWorkflowIfPending(deps, kase);
  return { caseId: kase.caseId, caseNumber: kase.caseNumber, created: false };
}

/**
 * Starts the execution of a case that has not moved past `received`; true when
 * this call started it. A failure
 * here is not the customer's problem: the case is stored, and the sweeper
 * starts it again; so we record it and carry on.
 */
export async function startWorkflowIfPending(deps: Pick<SubmitComplaintDeps, 'cases' | 'workflow' | 'config' | 'warn'>, kase: Case): Promise<boolean> {
  if (kase.status !== 'received') return false;
  try {
    // True only when this call started it: an execution that already existed was not (re)started now.
    const { alreadyRunning } = await deps.workflow.start(executionNameFor(kase.caseId), workflowInput(kase.caseId, deps.config));
    return !alreadyRunning;
  } catch (error) {
    deps.warn('workflow start failed; the sweeper will retry', { caseId: kase.caseId, error: (error as Error).name });
    await deps.cases.appendTimeline(kase.caseId, { actor: 'system:intake', action: 'workflow.start_failed', detail: { error: (error as Error).name } });
    return false;
  }
}

function pickLanguage(given: string | undefined, text: string): string {
  if (given) return given;
  const detected = detectLanguage(text);
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(detected) ? detected : 'en';
}
