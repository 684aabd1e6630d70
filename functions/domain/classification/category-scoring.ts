// Combines the offline classifier's three signals, the lexicon's cue scores, the fixed security
// rule and the text model's scores, into one probability per category. The weights, the softmax
// temperature and the security threshold are fitted offline (training/fit-offline-model.ts), not
// set by hand.
import { scoreLexicon } from './lexicon-scorer';
import type { SecurityMatter } from './security-rule';
import { TEXT_MODEL, textFeatures, textModelLogits, type TextModel } from './text-model';
import { CATEGORIES } from './types';

export interface CombinationWeights {
  /** Added to the security categories when the fixed rule fires. */
  readonly security: number;
  /** Prior for "other": what wins when nothing else is recognised. */
  readonly otherBias: number;
  /** Softmax temperature; fitted so that confidence tracks accuracy. */
  readonly temperature: number;
  /** Lexicon weight at which a text counts as saying enough; below it confidence is scaled down. */
  readonly fullSignal: number;
  /** How much the text model's logits count next to the lexicon's scores. */
  readonly textModel: number;
  /**
   * Probability of the two security categories together at which the classifier raises the
   * security flag even when the fixed rule did not fire: the flag sends a case to the security
   * queue, so it is set well before security is the most likely category.
   */
  readonly securityThreshold: number;
}

export interface CategoryEvidence {
  readonly lexicon: readonly number[];
  /** Total weight of matched lexicon cues: how much the text said at all. */
  readonly lexiconEvidence: number;
  readonly security: readonly number[];
  /** The text model's logits, in CATEGORIES order. */
  readonly model: readonly number[];
}

const FRAUD = CATEGORIES.indexOf('unauthorized_transaction_or_fraud');
const PRIVACY = CATEGORIES.indexOf('data_privacy_or_breach');
const OTHER = CATEGORIES.indexOf('other');

export function gatherEvidence(normalized: string, security: SecurityMatter, model: TextModel = TEXT_MODEL): CategoryEvidence {
  const { scores, evidence } = scoreLexicon(normalized);
  const securityVector = CATEGORIES.map(() => 0);
  if (security.reasons.some((r) => r !== 'data_exposure')) securityVector[FRAUD] = 1;
  if (security.reasons.includes('data_exposure')) securityVector[PRIVACY] = 1;
  return { lexicon: scores, lexiconEvidence: evidence, security: securityVector, model: textModelLogits(textFeatures(normalized), model) };
}

export function categoryLogits(evidence: CategoryEvidence, weights: CombinationWeights): number[] {
  return CATEGORIES.map(
    (_, c) => evidence.lexicon[c] + weights.security * evidence.security[c] + weights.textModel * evidence.model[c] + (c === OTHER ? weights.otherBias : 0),
  );
}

/** Probability that a text is a security matter: both security categories together. */
export function securityProbability(probabilities: readonly number[]): number {
  return probabilities[FRAUD] + probabilities[PRIVACY];
}

/** Which security reason the model's flag carries: the likelier of the two categories decides. */
export function modelSecurityReason(probabilities: readonly number[]): 'unauthorized_transaction' | 'data_exposure' {
  return probabilities[PRIVACY] > probabilities[FRAUD] ? 'data_exposure' : 'unauthorized_transaction';
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

/**
 * Confidence never exceeds the probability, and is scaled down towards NO_SIGNAL_FACTOR of it when
 * few cues matched, so "hello?" or a random string never reads as a confident decision.
 */
export const NO_SIGNAL_FACTOR = 0.4;

export function decisionConfidence(probability: number, lexiconEvidence: number, weights: CombinationWeights): number {
  const signal = Math.min(1, lexiconEvidence / weights.fullSignal);
  return Number((probability * (NO_SIGNAL_FACTOR + (1 - NO_SIGNAL_FACTOR) * signal)).toFixed(3));
}
