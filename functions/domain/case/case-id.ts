// The case id is derived from the intake's idempotency key, and the workflow
// execution name from the case id: a repeated intake can never open a second
// case or a second execution. This module is also the one place the id
// formats are written down: the API's path checks, the steps' input schemas
// and the lifecycle events' contract all take them from here.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export type Channel = 'web' | 'email';

/** `c` and 31 hex digits: what caseIdFor makes. */
const CASE_ID_SOURCE = 'c[0-9a-f]{31}';
/** `p` and the proposal's number within its case. */
const PROPOSAL_ID_SOURCE = 'p\\d{1,3}';

export const CASE_ID_PATTERN = new RegExp(`^${CASE_ID_SOURCE}$`);
export const PROPOSAL_ID_PATTERN = new RegExp(`^${PROPOSAL_ID_SOURCE}$`);
/** A compensation names its case and its proposal: `<caseId>.<proposalId>`. */
const COMPENSATION_ID_PATTERN = new RegExp(`^(${CASE_ID_SOURCE})\\.(${PROPOSAL_ID_SOURCE})$`);

export const CaseIdSchema = z.string().regex(CASE_ID_PATTERN);
export const ProposalIdSchema = z.string().regex(PROPOSAL_ID_PATTERN);

export const isCaseId = (value: string): boolean => CASE_ID_PATTERN.test(value);

/** The case and proposal a compensation id names; undefined when it is not one. */
export function parseCompensationId(value: string): { caseId: string; proposalId: string } | undefined {
  const match = COMPENSATION_ID_PATTERN.exec(value);
  return match ? { caseId: match[1]!, proposalId: match[2]! } : undefined;
}

export function caseIdFor(channel: Channel, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${channel}\n${idempotencyKey}`).digest('hex');
  return `c${digest.slice(0, 31)}`;
}

/** Step Functions execution names allow 80 chars of [A-Za-z0-9-_]; a case id fits as is. */
export function executionNameFor(caseId: string): string {
  return caseId;
}
