// Combines the three signals of the offline classifier (lexicon cues, naive Bayes, the security
// rule) into one probability per category. The combination weights and the softmax temperature
// are fitted offline (training/train-offline-model.ts) by cross-validation, not set by hand.
import { scoreLexicon } from './lexicon-scorer';
import { extractFeatures, naiveBayesScores, type PreparedNaiveBayes } from './naive-bayes';
import type { SecurityMatter } from './security-rule';
import { CATEGORIES } from './types';

export interface CombinationWeights {
  readonly lexicon: number;
  readonly naiveBayes: number;
  /** Added to the security categories when the fixed rule fires. */
  readonly security: number;
  /** Prior for "other": what wins when nothing else is recognised. */
  readonly otherBias: number;
  /** Softmax temperature; fitted so that confidence matches accuracy on held-out folds. */
  readonly temperature: number;
}

export interface CategoryEvidence {
  readonly lexicon: readonly number[];
  /** Total weight of matched lexicon cues. */
  readonly lexiconEvidence: number;
  readonly naiveBayes: readonly number[];
  /** How many of the text's n-grams the naive Bayes model knows. */
  readonly naiveBayesKnown: number;
  readonly security: readonly number[];
}

const FRAUD = CATEGORIES.indexOf('unauthorized_transaction_or_fraud');
const PRIVACY = CATEGORIES.indexOf('data_privacy_or_breach');
const OTHER = CATEGORIES.indexOf('other');

export function gatherEvidence(normalized: string, model: PreparedNaiveBayes, security: SecurityMatter): CategoryEvidence {
  const { scores: lexicon, evidence } = scoreLexicon(normalized);
  const { scores: naiveBayes, known } = naiveBayesScores(model, extractFeatures(normalized));
  const securityVector = CATEGORIES.map(() => 0);
  if (security.reasons.some((r) => r !== 'data_exposure')) securityVector[FRAUD] = 1;
  if (security.reasons.includes('data_exposure')) securityVector[PRIVACY] = 1;
  return { lexicon, lexiconEvidence: evidence, naiveBayes, naiveBayesKnown: known, security: securityVector };
}

export function categoryLogits(evidence: CategoryEvidence, weights: CombinationWeights): number[] {
  return CATEGORIES.map(
    (_, c) =>
      weights.lexicon * evidence.lexicon[c] +
      weights.naiveBayes * evidence.naiveBayes[c] +
      weights.security * evidence.security[c] +
      (c === OTHER ? weights.otherBias : 0),
  );
}

export function softmax(logits: readonly number[], temperature: number): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp((l - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function categoryProbabilities(evidence: CategoryEvidence, weights: CombinationWeights): number[] {
  return softmax(categoryLogits(evidence, weights), weights.temperature);
}
