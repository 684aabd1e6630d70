// Intake: a complaint becomes a stored case before anything else happens, then
// its workflow starts. The case id comes from the idempotency key and the
// execution name from the case id, so a repeated submission (double click,
// client retry, replayed email) returns the same case and never a second one.
import { createHash } from 'node:crypto';
import type { Case } from '../case/case';
import { caseIdFor, executionNameFor, type Channel } from '../case/case-id';
import { detectLanguage } from '../classification/language';
import type { RedressConfig } from '../config';
import { RateLimitedError } from '../errors';
import { extractTransactionRefs } from '../evidence/transaction-evidence';
import { SUPPORTED_LANGUAGES } from '../messages';
import type { ComplaintSubmission } from '../intake/complaint-schema';
import { redactSecrets } from '../intake/redact-secrets';
import type { CaseRepository, Clock, EventPublisher, Workflow } from '../ports';
import { lifecycleEvent } from '../../../events/catalog';

export interface SubmitComplaintDeps {
  readonly cases: CaseRepository;
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

export async function submitComplaint(deps: SubmitComplaintDeps, input: SubmitComplaintInput): Promise<SubmitComplaintResult> {
  const caseId = caseIdFor(input.channel, input.idempotencyKey);
  const existing = await deps.cases.getCase(caseId);
  if (existing) {
    await startWorkflowIfPending(deps, existing);
    return { caseId, caseNumber: existing.caseNumber, created: false };
  }

  const now = deps.clock.now();
  const { perAddressPerHour, perClientPerHour } = deps.config.rateLimits;
  const addressOk = await deps.cases.hitRateLimit(`address#${hashed(input.submission.email.toLowerCase())}`, perAddressPerHour, 3600, now);
  const clientOk = await deps.cases.hitRateLimit(`client#${hashed(input.clientId)}`, perClientPerHour, 3600, now);
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
    createdAt: now.toISOString(),
  });
  if (created) {
    await deps.cases.appendTimeline(caseId, {
      actor: 'customer',
      action: 'case.opened',
      detail: { channel: input.channel, language, wantsHuman: input.submission.wantsHuman, secretsRedacted: redaction.found.join(',') || 'none' },
    });
    await deps.events.publish(lifecycleEvent('case.opened', { caseId, caseNumber: stored.caseNumber, channel: input.channel, wantsHuman: input.submission.wantsHuman }, now));
  }
  await startWorkflowIfPending(deps, stored);
  return { caseId, caseNumber: stored.caseNumber, created };
}

/**
 * Starts the execution of a case that has not moved past `received`. A failure
 * here is not the customer's problem: the case is stored, and the sweeper
 * starts it again; so we record it and carry on.
 */
export async function startWorkflowIfPending(deps: Pick<SubmitComplaintDeps, 'cases' | 'workflow' | 'config' | 'warn'>, kase: Case): Promise<boolean> {
  if (kase.status !== 'received') return false;
  try {
    await deps.workflow.start(executionNameFor(kase.caseId), workflowInput(kase.caseId, deps.config));
    return true;
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
