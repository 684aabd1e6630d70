// Fitting the offline classifier's text model (text-model.ts): multinomial logistic regression
// with L2 regularisation over textFeatures(), by deterministic SGD (fixed shuffle seed), so a
// refit on the same data gives the same file. Used by fit-offline-model.ts.
import { readFileSync } from 'node:fs';
import { extractEntitiesAndMask } from '../entities';
import { normalizeForMatching } from '../normalize';
import { textFeatures, type TextModel } from '../text-model';
import { CATEGORIES, type Category } from '../types';

export const FIT_SETTINGS = {
  epochs: 30,
  l2: 1e-5,
  learningRate: 0.5,
  /** Weights smaller than this are dropped from the JSON: they barely move a decision. */
  pruneBelow: 0.02,
  /** A feature must appear in this many training texts to get a weight. */
  minDocFreq: 2,
} as const;
const { epochs: EPOCHS, l2: L2, learningRate: LEARNING_RATE, pruneBelow: PRUNE_BELOW, minDocFreq: MIN_DOC_FREQ } = FIT_SETTINGS;

export interface Example {
  readonly features: Map<string, number>;
  readonly label: number;
  readonly weight: number;
}

export interface Row {
  readonly text: string;
  readonly category: Category;
}

export function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
    .filter((row) => typeof row.text === 'string' && (CATEGORIES as readonly string[]).includes(row.category));
}

/** Exactly what the classifier does before scoring: mask identifiers, normalise. */
export function featuresOf(text: string): Map<string, number> {
  return textFeatures(normalizeForMatching(extractEntitiesAndMask(text).maskedText));
}

/** Small deterministic PRNG (mulberry32), so a refit gives the same file. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fit(examples: readonly Example[]): TextModel {
  const docFreq = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features.keys()) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, df] of docFreq) if (df >= MIN_DOC_FREQ) index.set(f, index.size);
  const K = CATEGORIES.length;
  const W = new Float64Array(index.size * K);
  const bias = new Float64Array(K);
  const sparse = examples.map((ex) => {
    const ids: number[] = [];
    const values: number[] = [];
    for (const [f, v] of ex.features) {
      const id = index.get(f);
      if (id !== undefined) {
        ids.push(id);
        values.push(v);
      }
    }
    return { ids, values, label: ex.label, weight: ex.weight };
  });
  const random = prng(77);
  const order = sparse.map((_, i) => i);
  const logits = new Float64Array(K);
  let step = 0;
  const totalSteps = EPOCHS * order.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const ex = sparse[n]!;
      const lr = LEARNING_RATE * (1 - step / totalSteps) + 0.01;
      step++;
      for (let c = 0; c < K; c++) {
        let z = bias[c]!;
        for (let k = 0; k < ex.ids.length; k++) z += W[ex.ids[k]! * K + c]! * ex.values[k]!;
        logits[c] = z;
      }
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, logits[c]!);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += logits[c] = Math.exp(logits[c]! - max);
      for (let c = 0; c < K; c++) {
        const gradient = ex.weight * (logits[c]! / sum - (c === ex.label ? 1 : 0));
        bias[c] -= lr * gradient * 0.1;
        for (let k = 0; k < ex.ids.length; k++) {
          const at = ex.ids[k]! * K + c;
          W[at] -= lr * (gradient * ex.values[k]! + L2 * W[at]!);
        }
      }
    }
  }
  // Rounded to hundredths (what text-model.json stores), features in a stable order, and rows
  // whose every weight is negligible dropped.
  const rows = new Map<string, number>();
  const kept: number[] = [];
  for (const [f, id] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = Array.from(W.subarray(id * K, id * K + K), (w) => Math.round(w * 100) / 100);
    if (!row.some((w) => Math.abs(w) >= PRUNE_BELOW)) continue;
    rows.set(f, rows.size);
    kept.push(...row);
  }
  return { bias: Array.from(bias, (b) => Math.round(b * 1000) / 1000), rows, weights: Float64Array.from(kept), scale: 1 };
}
