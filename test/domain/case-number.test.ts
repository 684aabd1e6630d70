import { describe, expect, it } from '@jest/globals';
import { CASE_NUMBER_PATTERN, caseNumberFor, normalizeCaseNumber } from '../../functions/domain/case/case-number';
import { caseIdFor } from '../../functions/domain/case/case-id';

describe('case numbers', () => {
  it('have the readable RDR-XXXX-XX form without look-alike characters', () => {
    // Prepare
    const numbers = Array.from({ length: 2000 }, (_, i) => caseNumberFor(caseIdFor('web', `key-${i}`)));
    // Assess
    for (const n of numbers) {
      expect(n).toMatch(CASE_NUMBER_PATTERN);
      expect(n.slice(4)).not.toMatch(/[01ILOU]/);
    }
  });

  it('are derived from the case id, so a repeated intake gets the same number', () => {
    const id = caseIdFor('web', 'same-key');
    expect(caseNumberFor(id)).toBe(caseNumberFor(caseIdFor('web', 'same-key')));
    expect(caseNumberFor(id, 1)).not.toBe(caseNumberFor(id, 0));
  });

  it('rarely collide (the repository salts the rare collision)', () => {
    const numbers = new Set(Array.from({ length: 20000 }, (_, i) => caseNumberFor(caseIdFor('web', `k${i}`))));
    expect(numbers.size).toBeGreaterThan(19990);
  });

  it.each([
    ['rdr 7k3m q9', 'RDR-7K3M-Q9'],
    ['RDR7K3MQ9', 'RDR-7K3M-Q9'],
    ['7K3M-Q9', 'RDR-7K3M-Q9'],
  ])('normalizes what a customer types: %s', (typed, canonical) => {
    expect(normalizeCaseNumber(typed)).toBe(canonical);
  });

  it('rejects what cannot be a case number', () => {
    expect(normalizeCaseNumber('RDR-1234')).toBeUndefined();
    expect(normalizeCaseNumber('RDR-ILO0-UU')).toBeUndefined();
  });

  it('derives different case ids per channel and key, in the execution-name alphabet', () => {
    expect(caseIdFor('web', 'a')).not.toBe(caseIdFor('email', 'a'));
    expect(caseIdFor('web', 'a')).toMatch(/^c[0-9a-f]{31}$/);
  });
});
