// Events are contracts: this test pins what consumers may rely on. A change
// that drops or renames a field, or adds a required one, fails here first.
import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { EVENT_NAMES, EVENT_SCHEMAS, lifecycleEvent } from '../../events/catalog';

const BASE = ['caseId', 'occurredAt', 'version'];
const CONTRACT: Record<string, string[]> = {
  'case.opened': [...BASE, 'caseNumber', 'channel', 'wantsHuman'],
  'case.acknowledged': [...BASE, 'timeFrameHours'],
  'case.classified': [...BASE, 'category', 'classifier', 'confidence', 'priority', 'queue', 'securityFlag'],
  'case.investigated': [...BASE, 'evidenceCount', 'needsPerson', 'reasons'],
  'case.findings_requested': [...BASE, 'queue'],
  'case.findings_submitted': [...BASE, 'compensationProposed'],
  'case.resolved': [...BASE, 'compensationProposed', 'round'],
  'compensation.proposed': [...BASE, 'proposalId', 'proposedBy'],
  'compensation.decided': [...BASE, 'decision', 'proposalId'],
  'compensation.paid': [...BASE, 'manual', 'proposalId'],
  'compensation.payout_needs_person': [...BASE, 'proposalId', 'reason'],
  'case.escalated': [...BASE, 'reason'],
  'case.satisfaction_requested': [...BASE, 'round'],
  'case.reopened': [...BASE, 'reopenCount', 'toSupervisor'],
  'case.needs_attention': [...BASE, 'errorCode'],
  'case.customer_replied': [...BASE, 'channel', 'attachments'],
  'incident.suspected': ['version', 'occurredAt', 'incidentId', 'category', 'windowMinutes', 'count', 'threshold'],
  'staff.bulk_access': ['version', 'occurredAt', 'staffId', 'views', 'windowMinutes'],
  'case.closed': [...BASE, 'outcome'],
};

const CASE_ID = 'c0123456789abcdef0123456789abcde';

describe('the lifecycle event catalog', () => {
  it('has exactly the events consumers know about', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.entries(CONTRACT))('%s keeps its required fields, version 1', (name, fields) => {
    const schema = z.toJSONSchema(EVENT_SCHEMAS[name as keyof typeof EVENT_SCHEMAS]) as { required?: string[]; properties: Record<string, { const?: string }> };
    expect([...(schema.required ?? [])].sort()).toEqual([...fields].sort());
    expect(schema.properties.version?.const).toBe('1');
  });

  it('refuses fields outside the schema, so personal data cannot ride along', () => {
    expect(() => lifecycleEvent('case.acknowledged', { caseId: CASE_ID, timeFrameHours: 48, email: 'a@example.com' } as never)).toThrow();
    expect(() => lifecycleEvent('case.needs_attention', { caseId: CASE_ID, errorCode: 'Some free text with spaces' })).toThrow();
    expect(lifecycleEvent('case.acknowledged', { caseId: CASE_ID, timeFrameHours: 48 }, new Date('2026-11-22T00:00:00Z'))).toEqual({
      name: 'case.acknowledged',
      detail: { version: '1', caseId: CASE_ID, occurredAt: '2026-11-22T00:00:00.000Z', timeFrameHours: 48 },
    });
  });
});
