// Trains the offline classifier's naive Bayes model and fits how it is combined with the lexicon
// and the security rule, then writes offline-model.json next to the classifier. Run by hand after
// changing the examples or the lexicon (deterministic: same inputs, same JSON):
//   npx tsx functions/domain/classification/training/train-offline-model.ts
// Only the training split is read; the held-out and blind sets stay unseen.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryLogits, gatherEvidence, softmax, type CategoryEvidence, type CombinationWeights } from '../category-scoring';
import { extractEntitiesAndMask } from '../entities';
import { extractFeatures, prepareNaiveBayes, trainNaiveBayes, type NaiveBayesModel, type TrainingDocument } from '../naive-bayes';
import { normalizeForMatching } from '../normalize';
import { detectSecurityMatterInNormalized } from '../security-rule';
import { CATEGORIES, type Category } from '../types';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../../..');
const TRAINING_FILE = join(repoRoot, 'test/classification/data/complaints-train.jsonl');
const OUTPUT_FILE = join(here, '../offline-model.json');
const FOLDS = 5;
const NB_OPTIONS = { alpha: 0.5, minDocuments: 2 };

interface Example {
  readonly text: string;
  readonly category: Category;
}

function readExamples(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Example)
    .filter((row) => (CATEGORIES as readonly string[]).includes(row.category));
}

/** Exactly what the classifier does before looking at words. */
const prepare = (text: string): string => normalizeForMatching(extractEntitiesAndMask(text).maskedText);

function toDocuments(examples: readonly Example[], normalized: readonly string[]): TrainingDocument[] {
  return examples.map((ex, i) => ({ features: extractFeatures(normalized[i]), category: CATEGORIES.indexOf(ex.category) }));
}

function crossValidatedEvidence(examples: readonly Example[], normalized: readonly string[]): CategoryEvidence[] {
  const docs = toDocuments(examples, normalized);
  const evidence = new Array<CategoryEvidence>(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = prepareNaiveBayes(trainNaiveBayes(docs.filter((_, i) => i % FOLDS !== fold), CATEGORIES, NB_OPTIONS));
    examples.forEach((_, i) => {
      if (i % FOLDS === fold) evidence[i] = gatherEvidence(normalized[i], model, detectSecurityMatterInNormalized(normalized[i]));
    });
  }
  return evidence;
}

function evaluate(evidence: readonly CategoryEvidence[], labels: readonly number[], weights: CombinationWeights): { accuracy: number; nll: number } {
  let correct = 0;
  let nll = 0;
  evidence.forEach((ev, i) => {
    const p = softmax(categoryLogits(ev, weights), weights.temperature);
    const predicted = p.indexOf(Math.max(...p));
    if (predicted === labels[i]) correct++;
    nll -= Math.log(Math.max(p[labels[i]], 1e-9));
  });
  return { accuracy: correct / labels.length, nll: nll / labels.length };
}

function fitWeights(evidence: readonly CategoryEvidence[], labels: readonly number[]): CombinationWeights {
  let best: { weights: CombinationWeights; accuracy: number; nll: number } | undefined;
  // The lexicon weight is fixed at 1: only ratios matter for the decision, and the temperature
  // is fitted separately afterwards.
  for (const naiveBayes of [0, 0.5, 1, 1.5, 2, 3, 4, 6])
    for (const security of [0, 1, 2, 3, 4])
      for (const otherBias of [0.5, 1, 1.5, 2, 2.5, 3]) {
        const weights = { lexicon: 1, naiveBayes, security, otherBias, temperature: 1 };
        const { accuracy, nll } = evaluate(evidence, labels, weights);
        if (!best || accuracy > best.accuracy + 1e-9 || (Math.abs(accuracy - best.accuracy) < 1e-9 && nll < best.nll)) {
          best = { weights, accuracy, nll };
        }
      }
  let fitted = best!.weights;
  let bestNll = Infinity;
  for (let t = 0.3; t <= 6; t += 0.05) {
    const candidate = { ...fitted, temperature: Number(t.toFixed(2)) };
    const { nll } = evaluate(evidence, labels, candidate);
    if (nll < bestNll) {
      bestNll = nll;
      fitted = candidate;
    }
  }
  return fitted;
}

function roundModel(model: NaiveBayesModel): NaiveBayesModel {
  return model; // counts are integers already; kept as a seam should the format ever carry floats.
}

const examples = readExamples(TRAINING_FILE);
const normalized = examples.map((ex) => prepare(ex.text));
const labels = examples.map((ex) => CATEGORIES.indexOf(ex.category));
const evidence = crossValidatedEvidence(examples, normalized);
const weights = fitWeights(evidence, labels);
const cv = evaluate(evidence, labels, weights);
const lexiconOnly = evaluate(evidence, labels, { ...weights, naiveBayes: 0 });
const model = roundModel(trainNaiveBayes(toDocuments(examples, normalized), CATEGORIES, NB_OPTIONS));

writeFileSync(
  OUTPUT_FILE,
  `${JSON.stringify({
    description: 'Offline classifier model: naive Bayes counts and combination weights. Generated by training/train-offline-model.ts; do not edit.',
    trainedOn: { file: 'test/classification/data/complaints-train.jsonl', examples: examples.length },
    crossValidation: { folds: FOLDS, accuracy: Number(cv.accuracy.toFixed(4)), lexiconOnlyAccuracy: Number(lexiconOnly.accuracy.toFixed(4)), logLoss: Number(cv.nll.toFixed(4)) },
    weights,
    naiveBayes: model,
  })}\n`,
);
console.log(`wrote ${OUTPUT_FILE}`);
console.log(`examples ${examples.length}, features ${model.vocabularySize}, weights ${JSON.stringify(weights)}`);
console.log(`cross-validated accuracy ${cv.accuracy.toFixed(3)} (lexicon only ${lexiconOnly.accuracy.toFixed(3)}), log loss ${cv.nll.toFixed(3)}`);
