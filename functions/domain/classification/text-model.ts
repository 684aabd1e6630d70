// The offline classifier's statistical half: a linear model over character n-grams and words,
// fitted offline (training/fit-offline-model.ts) on labelled complaints in eight languages and
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
  /** Feature -> its row in `weights`. A Map: a feature named "wconstructor" finds nothing. */
  readonly rows: ReadonlyMap<string, number>;
  /** CATEGORIES.length weights per row, in CATEGORIES order, each to be multiplied by `scale`. */
  readonly weights: ArrayLike<number>;
  /** 1 for a freshly fitted model; 1/100 for a stored one, whose weights stay int16 in memory. */
  readonly scale: number;
}

/**
 * How the model is stored in text-model.json: features joined by newlines (a feature never holds
 * one) and the weights as little-endian int16 hundredths in base64. A bundled object literal of
 * a hundred thousand keys cost the classifier's cold start a third of a second to parse; two
 * strings cost a few milliseconds to unpack.
 */
export interface PackedTextModel {
  readonly bias: readonly number[];
  readonly features: string;
  readonly weights: string;
}

/** Weights are stored in hundredths: the fit rounds them to that anyway. */
const WEIGHT_SCALE = 100;
const K = CATEGORIES.length;

export function packTextModel(model: TextModel): PackedTextModel {
  const features = [...model.rows.keys()];
  const bytes = Buffer.alloc(features.length * K * 2);
  features.forEach((feature, i) => {
    const row = model.rows.get(feature)!;
    for (let c = 0; c < K; c++) bytes.writeInt16LE(Math.round(model.weights[row * K + c]! * model.scale * WEIGHT_SCALE), (i * K + c) * 2);
  });
  return { bias: [...model.bias], features: features.join('\n'), weights: bytes.toString('base64') };
}

export function unpackTextModel(packed: PackedTextModel): TextModel {
  if (packed.bias.length !== K) throw new Error('text-model.json does not match CATEGORIES: refit it');
  const features = packed.features === '' ? [] : packed.features.split('\n');
  const bytes = Buffer.from(packed.weights, 'base64');
  if (bytes.length !== features.length * K * 2) throw new Error('text-model.json is damaged: weights and features differ in length');
  const weights = new Int16Array(features.length * K);
  for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(i * 2);
  const rows = new Map<string, number>();
  features.forEach((feature, i) => rows.set(feature, i));
  return { bias: packed.bias, rows, weights, scale: 1 / WEIGHT_SCALE };
}

/** Per-category linear scores (logits) of one text. */
export function textModelLogits(features: ReadonlyMap<string, number>, model: TextModel): number[] {
  const logits = [...model.bias];
  for (const [feature, value] of features) {
    const row = model.rows.get(feature);
    if (row === undefined) continue;
    const base = row * K;
    const v = value * model.scale;
    for (let c = 0; c < K; c++) logits[c] += v * model.weights[base + c]!;
  }
  return logits;
}

export const TEXT_MODEL: TextModel = unpackTextModel(modelFile.model);
