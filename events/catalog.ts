// Lifecycle events are a contract with consumers (analytics, alerting, the
// operator's own rules): each has a name, a version and a schema here, and
// carries ids and codes only — never complaint text, names, emails or wallets.
// test/events/catalog.test.ts fails when a change would break a consumer.
import { z } from 'zod';
import { CaseIdSchema } from '../functions/domain/case/case-id';
import { CATEGORIES, PRIORITIES } from '../functions/domain/classification/types';

export const EVENT_SOURCE = 'redress.cases';

const base = { version: z.literal('1'), caseId: CaseIdSchema, occurredAt: z.string().datetime() };
const code = z.string().regex(/^[a-z0-9_.:-]{1,64}$/);

export const EVENT_SCHEMAS = {
  'case.opened': z.object({ ...base, caseNumber: z.string(), channel: z.enum(['web', 'email']), wantsHuman: z.boolean() }).strict(),
  'case.acknowledged': z.object({ ...base, timeFrameHours: z.number().int().positive() }).strict(),
  'case.classified': z
    .object({
      ...base,
      category: z.enum(CATEGORIES),
      priority: z.enum(PRIORITIES),
      securityFlag: z.boolean(),
      classifier: code,
      confidence: z.number().min(0).max(1),
      queue: code,
    })
    .strict(),
  'case.investigated': z.object({ ...base, needsPerson: z.boolean(), reasons: z.array(code), evidenceCount: z.number().int().nonnegative() }).strict(),
  'case.findings_requested': z.object({ ...base, queue: code }).strict(),
  'case.findings_submitted': z.object({ ...base, compensationProposed: z.boolean() }).strict(),
  'case.resolved': z.object({ ...base, compensationProposed: z.boolean(), round: z.number().int().nonnegative() }).strict(),
  'compensation.proposed': z.object({ ...base, proposalId: code, proposedBy: code }).strict(),
  'compensation.decided': z.object({ ...base, proposalId: code, decision: z.enum(['approve', 'approve_lower', 'reject']) }).strict(),
  // Money reached the customer: the payout service (or a person, `manual`) said so.
  'compensation.paid': z.object({ ...base, proposalId: code, manual: z.boolean() }).strict(),
  // A payout failed, stayed pending too long, mismatched, or waits for a manual reference.
  'compensation.payout_needs_person': z.object({ ...base, proposalId: code, reason: code }).strict(),
  'case.escalated': z.object({ ...base, reason: code }).strict(),
  'case.satisfaction_requested': z.object({ ...base, round: z.number().int().nonnegative() }).strict(),
  'case.reopened': z.object({ ...base, reopenCount: z.number().int().positive(), toSupervisor: z.boolean() }).strict(),
  'case.needs_attention': z.object({ ...base, errorCode: code }).strict(),
  'case.customer_replied': z.object({ ...base, channel: z.enum(['email']), attachments: z.number().int().nonnegative() }).strict(),
  // About many cases, so it carries no case id.
  'incident.suspected': z
    .object({
      version: z.literal('1'),
      occurredAt: z.string().datetime(),
      incidentId: code,
      category: z.enum(CATEGORIES),
      windowMinutes: z.number().int().positive(),
      count: z.number().int().positive(),
      threshold: z.number().int().positive(),
    })
    .strict(),
  // About a member of staff (their identity provider's opaque id), not a customer.
  'staff.bulk_access': z
    .object({
      version: z.literal('1'),
      occurredAt: z.string().datetime(),
      staffId: code,
      views: z.number().int().positive(),
      windowMinutes: z.number().int().positive(),
    })
    .strict(),
  'case.closed': z.object({ ...base, outcome: z.enum(['satisfied', 'no_answer', 'by_person']), rating: z.number().int().min(1).max(5).optional() }).strict(),
} as const;

export type EventName = keyof typeof EVENT_SCHEMAS;
export type EventDetail<N extends EventName> = z.infer<(typeof EVENT_SCHEMAS)[N]>;
export type LifecycleEvent = { [N in EventName]: { name: N; detail: EventDetail<N> } }[EventName];

export const EVENT_NAMES = Object.keys(EVENT_SCHEMAS) as EventName[];

/** Builds a validated event; a wrong field fails here, in the producer, not in a consumer. */
export function lifecycleEvent<N extends EventName>(name: N, detail: Omit<EventDetail<N>, 'version' | 'occurredAt'>, now = new Date()): LifecycleEvent {
  const full = EVENT_SCHEMAS[name].parse({ ...detail, version: '1', occurredAt: now.toISOString() });
  return { name, detail: full } as LifecycleEvent;
}
