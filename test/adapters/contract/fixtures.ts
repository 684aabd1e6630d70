// What the contract suites write: a fixed start time, case ids in the intake's format, a new case (test/support/new-case.ts).
import { FixedClock } from '../../../functions/adapters/memory/memory-adapters';

export const T0 = new Date('2026-11-22T10:00:00.000Z');
export const clockAt = (at: Date = T0) => new FixedClock(at);

/** A case id in the intake's format (`c` and 31 hex digits), distinct per `n`. */
export const caseIdFor = (n: number) => `c${n.toString(16).padStart(31, '0')}`;

export { newCase } from '../../support/new-case';
