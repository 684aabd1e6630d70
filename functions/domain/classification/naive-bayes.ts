// Multinomial naive Bayes over character n-grams: catches inflections and misspellings the
// lexicon does not list ("вывели", "withdrawl", "sacaram"). Trained offline by
// training/train-offline-model.ts on the multilingual examples; the model ships as JSON.
import { UNSPACED_SCRIPT } from './normalize';

export interface NaiveBayesModel {
  readonly categories: readonly string[];
  /** Additive smoothing. */
  readonly alpha: number;
  readonly vocabularySize: number;
  /** Feature occurrences per category, summed over the training documents. */
  readonly totals: readonly number[];
  /** Feature -> count per category (CATEGORIES order). */
  readonly counts: Readonly<Record<string, readonly number[]>>;
}

/** Enough n-grams to judge a long complaint by its first few hundred words; bounds the cost. */
const MAX_FEATURES = 600;
const NGRAM_SIZES = [3, 4, 5];

/**
 * Distinct features of normalised text: 3-, 4- and 5-grams of each word padded with "<" and
 * ">" (so prefixes and suffixes are features of their own), single characters and pairs for
 * Chinese, where a character is nearly a word. Digits collapse to "0" so amounts do not count.
 * Slicing is by UTF-16 unit; the rare astral character is split the same way in training and use.
 */
export function extractFeatures(normalized: string): string[] {
  const features = new Set<string>();
  for (const raw of normalized.trim().split(' ')) {
    if (features.size >= MAX_FEATURES) break;
    if (raw === '') continue;
    const token = /\d/.test(raw) ? raw.replace(/\d/g, '0') : raw;
    if (UNSPACED_SCRIPT.test(token)) {
      for (let i = 0; i < token.length; i++) {
        features.add(`c:${token[i]}`);
        if (i + 1 < token.length) features.add(`c:${token.substring(i, i + 2)}`);
      }
      continue;
    }
    const padded = `<${token}>`;
    for (const n of NGRAM_SIZES) {
      for (let i = 0; i + n <= padded.length; i++) features.add(padded.substring(i, i + n));
    }
  }
  return [...features];
}

/** A model with its log-probabilities computed once, at load, instead of per complaint. */
export interface PreparedNaiveBayes {
  readonly categoryCount: number;
  readonly logProbabilities: ReadonlyMap<string, Float64Array>;
}

export function prepareNaiveBayes(model: NaiveBayesModel): PreparedNaiveBayes {
  const k = model.categories.length;
  const denominators = model.totals.map((total) => Math.log(total + model.alpha * model.vocabularySize));
  const logProbabilities = new Map<string, Float64Array>();
  for (const [feature, counts] of Object.entries(model.counts)) {
    const row = new Float64Array(k);
    for (let c = 0; c < k; c++) row[c] = Math.log(counts[c] + model.alpha) - denominators[c];
    logProbabilities.set(feature, row);
  }
  return { categoryCount: k, logProbabilities };
}

/**
 * Log-likelihood of the features under each category, relative to the best category and divided
 * by the square root of the number of known features: naive Bayes treats overlapping n-grams as
 * independent evidence, and without the division a long complaint would look far more certain
 * than it is. Unknown features are skipped.
 */
export function naiveBayesScores(model: PreparedNaiveBayes, features: readonly string[]): { scores: number[]; known: number } {
  const k = model.categoryCount;
  const scores = new Array<number>(k).fill(0);
  let known = 0;
  for (const feature of features) {
    const row = model.logProbabilities.get(feature);
    if (!row) continue;
    known++;
    for (let c = 0; c < k; c++) scores[c] += row[c];
  }
  if (known === 0) return { scores, known };
  const scale = Math.sqrt(known);
  const max = Math.max(...scores);
  return { scores: scores.map((s) => (s - max) / scale), known };
}

export interface TrainingDocument {
  readonly features: readonly string[];
  readonly category: number;
}

/** Counts features per category; features seen in fewer than `minDocuments` documents are dropped. */
export function trainNaiveBayes(
  documents: readonly TrainingDocument[],
  categories: readonly string[],
  options: { alpha: number; minDocuments: number },
): NaiveBayesModel {
  const documentFrequency = new Map<string, number>();
  for (const doc of documents) for (const f of doc.features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const counts: Record<string, number[]> = {};
  const totals = new Array<number>(categories.length).fill(0);
  for (const doc of documents) {
    for (const f of doc.features) {
      if ((documentFrequency.get(f) ?? 0) < options.minDocuments) continue;
      counts[f] ??= new Array<number>(categories.length).fill(0);
      counts[f][doc.category] += 1;
      totals[doc.category] += 1;
    }
  }
  // Sorted keys keep the committed JSON stable from one training run to the next.
  const sorted: Record<string, number[]> = {};
  for (const key of Object.keys(counts).sort()) sorted[key] = counts[key];
  return { categories, alpha: options.alpha, vocabularySize: Object.keys(sorted).length, totals, counts: sorted };
}
