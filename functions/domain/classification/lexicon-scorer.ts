// Scores normalised complaint text against the multilingual category lexicon (lexicon.ts).
import { CueIndex, cueNeedle } from './cue-matcher';
import { CATEGORY_CUES, CUE_SYNERGIES } from './lexicon';
import { CATEGORIES, type Category } from './types';

/**
 * Each further cue of a category counts for less than the one before, so a long complaint that
 * repeats itself does not outweigh a short one that names a different problem precisely.
 */
const REPEAT_DECAY = 0.6;

interface CueHit {
  readonly category: number;
  readonly weight: number;
  readonly groups: readonly string[];
  readonly source: string;
}

function buildIndex(): CueIndex<CueHit> {
  const entries: Array<{ needle: string; value: CueHit }> = [];
  CATEGORIES.forEach((category, c) => {
    // A cue listed twice in a category (in two languages' lines, or in two groups) counts once, at
    // its highest weight; a synergy group still sees it.
    const strongest = new Map<string, { weight: number; source: string }>();
    const groupsOf = new Map<string, Set<string>>();
    for (const group of CATEGORY_CUES[category]) {
      for (const source of group.cues) {
        const needle = cueNeedle(source);
        if ((strongest.get(needle)?.weight ?? -Infinity) < group.weight) strongest.set(needle, { weight: group.weight, source });
        if (group.name) groupsOf.set(needle, (groupsOf.get(needle) ?? new Set()).add(group.name));
      }
    }
    for (const [needle, { weight, source }] of strongest) {
      entries.push({ needle, value: { category: c, weight, groups: [...(groupsOf.get(needle) ?? [])], source } });
    }
  });
  return new CueIndex(entries);
}

const INDEX = buildIndex();

export interface LexiconScores {
  /** Per category, in CATEGORIES order. */
  readonly scores: readonly number[];
  /** Sum of the weights of every cue found: how much the lexicon recognised at all. */
  readonly evidence: number;
}

export function scoreLexicon(normalized: string): LexiconScores {
  const hits = INDEX.find(normalized);
  const weights = CATEGORIES.map((): number[] => []);
  const groupsHit = CATEGORIES.map(() => new Set<string>());
  for (const hit of hits) {
    weights[hit.category].push(hit.weight);
    for (const group of hit.groups) groupsHit[hit.category].add(group);
  }
  let evidence = 0;
  const scores = CATEGORIES.map((category, c) => {
    const sorted = weights[c].sort((a, b) => b - a);
    let score = 0;
    sorted.forEach((weight, rank) => {
      score += weight * REPEAT_DECAY ** rank;
      evidence += weight;
    });
    for (const synergy of CUE_SYNERGIES) {
      if (synergy.category === category && synergy.groups.every((name) => groupsHit[c].has(name))) score += synergy.bonus;
    }
    return score;
  });
  return { scores, evidence };
}

/** Which cues matched, per category; for tests and for tuning the lexicon by hand. */
export function explainLexicon(normalized: string): Partial<Record<Category, string[]>> {
  const explanation: Partial<Record<Category, string[]>> = {};
  for (const hit of INDEX.find(normalized)) (explanation[CATEGORIES[hit.category]] ??= []).push(`${hit.source}(${hit.weight})`);
  return explanation;
}
