// The case id is derived from the intake's idempotency key, and the workflow
// execution name from the case id: a repeated intake can never open a second
// case or a second execution.
import { createHash } from 'node:crypto';

export type Channel = 'web' | 'email';

export function caseIdFor(channel: Channel, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${channel}\n${idempotencyKey}`).digest('hex');
  return `c${digest.slice(0, 31)}`;
}

/** Step Functions execution names allow 80 chars of [A-Za-z0-9-_]; a case id fits as is. */
export function executionNameFor(caseId: string): string {
  return caseId;
}
