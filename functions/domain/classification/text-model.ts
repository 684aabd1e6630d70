// The offline classifier's statistical half: a linear model over character n-grams and words,
// fitted offline (training/fit-text-model.ts) on labelled complaints in eight languages and
// bundled as JSON. The lexicon knows the phrasings someone wrote down; this model generalises to
// misspellings, inflections and wordings nobody listed, because "взломали", "взлом" and
// "vzlomali" share n-grams with what it was fitted on. Same features in training and at run time:
// both call textFeatures().
import { consonantSkeleton, romanize } from './romanize';
import modelFile from './text-model.json';
import { CATEGORIES } from './types';

/** Character n-gram lengths taken inside each word (padded with spaces). */
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Han/kana runs have no spaces: their n-grams are taken over the run itself. */
const UNSPACED_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const DIGITS_ONLY = /^\p{N}+$/u;

/**
 * Sparse feature vector of normalised text (normalizeForMatching output): word unigrams and
 * bigrams, character 3-5-grams of each word (and of its Latin reading when it is Cyrillic or
 * Arabic), and each word's consonant skeleton, each with weight 1 + log(count), scaled to
 * unit length so that long complaints do not score higher just for being long.
 */
export function textFeatures(normalized: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  const words = normalized.split(' ').filter((w) => w !== '' && !DIGITS_ONLY.test(w));
  let previous: string | undefined;
  for (const word of words) {
    if (UNSPACED_RUN.test(word)) {
      const chars = [...word];
      for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) add(`h${chars.slice(i, i + n).join('')}`);
      previous = undefined;
      continue;
    }
    add(`w${word}`);
    if (previous !== undefined) add(`b${previous} ${word}`);
    previous = word;
    addCharGrams(word, add);
    // Cyrillic and Arabic words are also read in Latin letters, so that "вывод" and "vyvod"
    // share features; every word also by its consonant skeleton (romanize.ts).
    const latin = romanize(word);
    if (latin !== undefined) {
      add(`w${latin}`);
      addCharGrams(latin, add);
    }
    const skeleton = consonantSkeleton(latin ?? word);
    if (skeleton !== undefined) add(`s${skeleton}`);
  }
  let norm = 0;
  for (const [feature, count] of counts) {
    const value = 1 + Math.log(count);
    counts.set(feature, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [feature, value] of counts) counts.set(feature, value / norm);
  return counts;
}

/** Character n-grams of one word, padded with spaces so that word starts and ends count. */
function addCharGrams(word: string, add: (feature: string) => void): void {
  const padded = [...` ${word} `];
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    if (n > padded.length) break;
    for (let i = 0; i + n <= padded.length; i++) add(`c${padded.slice(i, i + n).join('')}`);
  }
}

export interface TextModel {
  /** Per category, in CATEGORIES order. */
  readonly bias: readonly number[];
  /** Feature -> weights per category, in CATEGORIES order (rounded; small weights pruned). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Per-category linear scores (logits) of one text. */
export function textModelLogits(features: ReadonlyMap<string, number>, model: TextModel): number[] {
  const logits = [...model.bias];
  for (const [feature, value] of features) {
    // Own-property lookup: a feature named "wconstructor" must not reach Object.prototype.
    const w = Object.hasOwn(model.weights, feature) ? model.weights[feature] : undefined;
    if (!w) continue;
    for (let c = 0; c < logits.length; c++) logits[c] += value * w[c];
  }
  return logits;
}

export const TEXT_MODEL: TextModel = modelFile.model;

if (TEXT_MODEL.bias.length !== CATEGORIES.length) throw new Error('text-model.json does not match CATEGORIES: refit it');
