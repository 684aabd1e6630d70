// Fuzz: the staff API's new validators (decision, payout action, resume,
// close) against random bodies, and the decision use case against random
// lowered amounts. Nothing may throw but a validation result or a typed
// domain error, and nothing may reach the workflow that is not a valid
// decision: a lowered amount in the asset's precision, strictly lower.
import { describe, expect, it } from '@jest/globals';
import { ConflictError, InvalidInputError } from '../../functions/domain/errors';
import { compareAmounts, toMinorUnits } from '../../functions/domain/money/amount';
import { decideCompensation, DecisionInputSchema } from '../../functions/domain/staff/compensation-decision';
import { PayoutActionSchema } from '../../functions/domain/staff/payout-actions';
import { CloseInputSchema, ResumeInputSchema } from '../../functions/domain/staff/stuck-cases';
import { CASE_ID, caseIn, proposal, setupStaff, supervisor, waitingFor } from '../support/waiting-case';
import { seededRandom } from '../support/seeded-random';

/** Seeded, so a failure can be replayed. */
const random = seededRandom;

const AMOUNT_PARTS = [
  '0',
  '1',
  '9',
  '.',
  '-',
  '+',
  'e',
  ' ',
  '00',
  '4.5',
  '1e3',
  '0x1',
  '١',
  '٫',
  ',',
  'Infinity',
  'NaN',
  '999999999999999999',
  '.000000000000000001',
];
const WORDS = [
  'approve',
  'approve_lower',
  'reject',
  'retry',
  'recheck',
  'manual',
  'investigate',
  'findings',
  'payout',
  'decision',
  'classify',
  '',
  ' ',
  '<b>',
  '__proto__',
  'constructor',
  'BANK-1/2#3',
  '\u202e',
  '💸',
];

function pick<T>(next: () => number, from: readonly T[]): T {
  return from[Math.floor(next() * from.length)]!;
}

function amount(next: () => number): string {
  let s = '';
  const n = Math.floor(next() * 6);
  for (let i = 0; i < n; i++) s += pick(next, AMOUNT_PARTS);
  return s;
}

function value(next: () => number, depth = 0): unknown {
  const r = next();
  if (r < 0.35) return pick(next, WORDS);
  if (r < 0.55) return amount(next);
  if (r < 0.62) return Math.floor(next() * 2000) - 1000;
  if (r < 0.66) return null;
  if (r < 0.7) return next() < 0.5;
  if (r < 0.8 && depth < 2) return [value(next, depth + 1)];
  if (depth < 2) return body(next, depth + 1);
  return 'x'.repeat(Math.floor(next() * 1200));
}

function body(next: () => number, depth = 0): Record<string, unknown> {
  const keys = ['decision', 'reason', 'amount', 'action', 'reference', 'from', 'extra', '__proto__'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (next() < 0.6) out[k] = value(next, depth);
  return out;
}

describe('staff input validators under random bodies', () => {
  it('answer every body with a result, never an exception, and accept only what the contract allows', () => {
    const next = random(0x5eed);
    for (let i = 0; i < 20_000; i++) {
      const input = body(next);
      const decision = DecisionInputSchema.safeParse(input);
      if (decision.success) {
        expect(['approve', 'approve_lower', 'reject']).toContain(decision.data.decision);
        expect(decision.data.amount !== undefined).toBe(decision.data.decision === 'approve_lower');
        if (decision.data.amount !== undefined) expect(decision.data.amount).toMatch(/^\d+(\.\d+)?$/);
      }
      const payout = PayoutActionSchema.safeParse(input);
      if (payout.success) expect(payout.data.reference !== undefined).toBe(payout.data.action === 'manual');
      const resume = ResumeInputSchema.safeParse(input);
      if (resume.success) expect(resume.data.reason.length).toBeGreaterThan(0);
      CloseInputSchema.safeParse(input);
    }
  });
});

describe('a lowered approval under random amounts', () => {
  it('reaches the workflow only as an amount in the asset precision, strictly lower than proposed', async () => {
    const next = random(0xca5e);
    let delivered = 0;
    let refused = 0;
    for (let i = 0; i < 1500; i++) {
      // Prepare: a fresh case waiting for a decision on 4.5 USDT
      const t = setupStaff();
      await caseIn(t, 'awaiting_decision');
      await proposal(t, { amount: '4.5' });
      await waitingFor(t, 'decision', 'p0');
      const parsed = DecisionInputSchema.safeParse({ decision: 'approve_lower', amount: amount(next), reason: 'fuzz' });
      if (!parsed.success) continue;

      // Act
      try {
        await decideCompensation(t.deps, supervisor('supervisor'), CASE_ID, 'p0', parsed.data);
      } catch (e) {
        if (e instanceof InvalidInputError || e instanceof ConflictError) {
          refused++;
          continue;
        }
        throw e;
      }

      // Assess
      const sent = t.workflow.delivered[0]?.output as { amount: string };
      expect(() => toMinorUnits(sent.amount, 'USDT')).not.toThrow();
      expect(compareAmounts(sent.amount, '4.5', 'USDT')).toBe(-1);
      expect(compareAmounts(sent.amount, '0', 'USDT')).toBe(1);
      delivered++;
    }
    // Both ways were exercised.
    expect(delivered).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });
});
