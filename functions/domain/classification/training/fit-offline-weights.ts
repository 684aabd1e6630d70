// Fits the few numbers that combine the lexicon with the security rule (security weight, prior
// for "other", softmax temperature, how much evidence a confident answer needs) and writes
// offline-weights.json next to the classifier.
// Deterministic; rerun after changing the lexicon, the rule or the examples:
//   npx tsx functions/domain/classification/training/fit-offline-weights.ts \
//     [--fit-also /work/shared/data/banking77-dev.jsonl]
// The grid is scored on the multilingual training split and, with --fit-also, on the even rows of
// further labelled files, each source counting equally so that no single dataset decides. Odd
// rows, the held-out and the blind sets stay unseen.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryLogits, decisionConfidence, gatherEvidence, softmax, type CategoryEvidence, type CombinationWeights } from '../category-scoring';
import { extractEntitiesAndMask } from '../entities';
import { normalizeForMatching } from '../normalize';
import { detectSecurityMatterInNormalized } from '../security-rule';
import { CATEGORIES, type Category } from '../types';

const here = dirname(fileURLToPath(import.meta.url));
const TRAINING_FILE = join(here, '../../../../test/classification/data/complaints-train.jsonl');
const OUTPUT_FILE = join(here, '../offline-weights.json');

interface Example {
  readonly text: string;
  readonly category: Category;
}

interface FitSource {
  readonly name: string;
  readonly evidence: readonly CategoryEvidence[];
  readonly labels: readonly number[];
}

function readExamples(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Example)
    .filter((row) => (CATEGORIES as readonly string[]).includes(row.category));
}

/** Exactly what the classifier does before weighing categories. */
function evidenceFor(text: string): CategoryEvidence {
  const normalized = normalizeForMatching(extractEntitiesAndMask(text).maskedText);
  return gatherEvidence(normalized, detectSecurityMatterInNormalized(normalized));
}

function source(name: string, rows: readonly Example[]): FitSource {
  return { name, evidence: rows.map((row) => evidenceFor(row.text)), labels: rows.map((row) => CATEGORIES.indexOf(row.category)) };
}

function evaluate(src: FitSource, weights: CombinationWeights): { accuracy: number; logLoss: number; brier: number } {
  let correct = 0;
  let logLoss = 0;
  let brier = 0;
  src.evidence.forEach((ev, i) => {
    const p = softmax(categoryLogits(ev, weights), weights.temperature);
    const best = p.indexOf(Math.max(...p));
    const hit = best === src.labels[i] ? 1 : 0;
    correct += hit;
    logLoss -= Math.log(Math.max(p[src.labels[i]], 1e-9));
    brier += (decisionConfidence(p[best], ev.lexiconEvidence, weights) - hit) ** 2;
  });
  const n = src.labels.length;
  return { accuracy: correct / n, logLoss: logLoss / n, brier: brier / n };
}

/** Mean over sources, so a large source does not outvote a small one. */
function evaluateAll(sources: readonly FitSource[], weights: CombinationWeights): { accuracy: number; logLoss: number; brier: number } {
  const results = sources.map((src) => evaluate(src, weights));
  const mean = (pick: (r: (typeof results)[number]) => number): number => results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  return { accuracy: mean((r) => r.accuracy), logLoss: mean((r) => r.logLoss), brier: mean((r) => r.brier) };
}

function fitWeights(sources: readonly FitSource[]): CombinationWeights {
  // Decision first (accuracy, ties broken by log loss), then the temperature, then how much
  // evidence confidence asks for (Brier score of confidence against being right); the last two
  // leave the decision unchanged and only set how sure it claims to be.
  let best: { weights: CombinationWeights; accuracy: number; logLoss: number } | undefined;
  for (const security of [0, 1, 2, 3, 4, 5, 6])
    for (const otherBias of [0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3]) {
      const weights = { security, otherBias, temperature: 1, fullSignal: 3 };
      const { accuracy, logLoss } = evaluateAll(sources, weights);
      if (!best || accuracy > best.accuracy + 1e-9 || (Math.abs(accuracy - best.accuracy) < 1e-9 && logLoss < best.logLoss)) {
        best = { weights, accuracy, logLoss };
      }
    }
  let fitted = best!.weights;
  let bestLogLoss = Infinity;
  for (let step = 6; step <= 120; step++) {
    const candidate = { ...fitted, temperature: step / 20 };
    const { logLoss } = evaluateAll(sources, candidate);
    if (logLoss < bestLogLoss) {
      bestLogLoss = logLoss;
      fitted = candidate;
    }
  }
  let bestBrier = Infinity;
  for (const fullSignal of [0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6]) {
    const candidate = { ...fitted, fullSignal };
    const { brier } = evaluateAll(sources, candidate);
    if (brier < bestBrier) {
      bestBrier = brier;
      fitted = candidate;
    }
  }
  return fitted;
}

const fitAlso = process.argv.flatMap((arg, i, all) => (all[i - 1] === '--fit-also' ? [arg] : []));
const sources = [
  source('test/classification/data/complaints-train.jsonl', readExamples(TRAINING_FILE)),
  ...fitAlso.map((file) => source(`${file} (even rows)`, readExamples(file).filter((_, i) => i % 2 === 0))),
];
const weights = fitWeights(sources);
writeFileSync(
  OUTPUT_FILE,
  `${JSON.stringify(
    {
      description: 'How the offline classifier combines lexicon and security rule. Generated by training/fit-offline-weights.ts; do not edit.',
      fittedOn: sources.map((src) => src.name),
      weights,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${OUTPUT_FILE}: ${JSON.stringify(weights)}`);
for (const src of sources) {
  const r = evaluate(src, weights);
  console.log(`  ${src.name}: accuracy ${r.accuracy.toFixed(3)}, log loss ${r.logLoss.toFixed(3)}, Brier ${r.brier.toFixed(3)}`);
}
