import { describe, expect, it } from '@jest/globals';
import { cueNeedle, CueIndex } from '../../functions/domain/classification/cue-matcher';
import { extractEntities } from '../../functions/domain/classification/entities';
import { detectLanguage } from '../../functions/domain/classification/language';
import { normalizeForMatching } from '../../functions/domain/classification/normalize';
import { classifyOffline } from '../../functions/domain/classification/offline-classifier';
import { detectSecurityMatter } from '../../functions/domain/classification/security-rule';
import { ClassificationDecisionSchema } from '../../functions/domain/classification/types';
import { seededRandom } from '../support/seeded-random';

/** Seeded, so a failure can be replayed. */
const random = seededRandom;

// Ranges a hostile or broken input could draw from: ASCII, Latin with marks, Cyrillic, Arabic with
// harakat, CJK, emoji (surrogate pairs), combining marks, zero-width and bidi controls, lone
// surrogates, private use, full-width digits.
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0xc0, 0x24f],
  [0x300, 0x36f],
  [0x400, 0x4ff],
  [0x600, 0x6ff],
  [0x4e00, 0x9fff],
  [0x1f300, 0x1faff],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0xd800, 0xdfff],
  [0xe000, 0xe0ff],
  [0xff10, 0xff19],
  [0x1e00, 0x1eff],
];
const FRAGMENTS = [
  'USDT',
  '0x',
  'BTC',
  '1,200',
  '0,5',
  'bc1q',
  'T',
  '$',
  '€',
  'hacked',
  'взломали',
  '被盗',
  'اختراق',
  'constructor',
  '__proto__',
  ' ',
  '\n',
  '!!!',
  '0x8ba1f109551bD432803012645Ac136ddd64DBA72',
  '9f2c6a1e0b7d4c3f8a5e6b2d1c0f9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d',
];

function randomText(next: () => number): string {
  const length = Math.floor(next() ** 3 * 3000);
  let text = '';
  while (text.length < length) {
    if (next() < 0.15) {
      text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
      continue;
    }
    const [lo, hi] = RANGES[Math.floor(next() * RANGES.length)];
    text += String.fromCodePoint(lo + Math.floor(next() * (hi - lo + 1)));
  }
  return text;
}

describe('offline classifier under random input', () => {
  it('never throws and always returns a schema-valid decision', () => {
    const next = random(20261122);
    for (let i = 0; i < 1500; i++) {
      const text = randomText(next);
      const language = next() < 0.3 ? randomText(next).slice(0, 10) : undefined;
      const decision = classifyOffline({ text, ...(language !== undefined ? { language } : {}) });
      const parsed = ClassificationDecisionSchema.safeParse(decision);
      if (!parsed.success) throw new Error(`invalid decision for input #${i} ${JSON.stringify(text.slice(0, 80))}: ${parsed.error.message}`);
    }
  });

  it('keeps the parts total on their own', () => {
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const text = randomText(next);
      expect(() => {
        detectLanguage(text);
        detectSecurityMatter(text);
        extractEntities(text);
        normalizeForMatching(text);
      }).not.toThrow();
    }
  });

  it('copes with inputs that are not strings at run time', () => {
    for (const text of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(ClassificationDecisionSchema.safeParse(classifyOffline({ text })).success).toBe(true);
    }
  });
});

describe('CueIndex', () => {
  it('finds exactly the needles a naive search finds', () => {
    // Prepare: a small alphabet makes overlapping and nested needles common.
    const next = random(99);
    const word = (): string => Array.from({ length: 1 + Math.floor(next() * 4) }, () => 'abcд '[Math.floor(next() * 5)]).join('');
    for (let round = 0; round < 200; round++) {
      const needles = [...new Set(Array.from({ length: 12 }, word))].filter((n) => n.length > 0);
      const index = new CueIndex(needles.map((needle) => ({ needle, value: needle })));
      const text = Array.from({ length: 40 }, word).join('');

      // Act
      const found = index.find(text);

      // Assess
      expect(found).toEqual(needles.filter((needle) => text.includes(needle)));
    }
  });

  it('compiles cues to the word-boundary needles the matcher relies on', () => {
    expect(cueNeedle('withdraw*')).toBe(' withdraw');
    expect(cueNeedle('not received')).toBe(' not received ');
    expect(cueNeedle('Não')).toBe(' nao ');
    expect(cueNeedle('提现')).toBe('提现');
    expect(cueNeedle('إيداع')).toBe('ايداع');
  });
});
