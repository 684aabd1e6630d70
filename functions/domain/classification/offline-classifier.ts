// The offline classifier: runs in local mode and stands in when Bedrock fails. Deterministic, no
// network, no files read at run time (the model is JSON bundled by esbuild), about a millisecond
// a complaint. Category comes from lexicon + naive Bayes + the fixed security rule, combined as
// fitted offline (category-scoring.ts); the rest of the decision from small rule sets.
import { categoryProbabilities, gatherEvidence, type CombinationWeights } from './category-scoring';
import { extractEntitiesAndMask } from './entities';
import { detectLanguage } from './language';
import { prepareNaiveBayes, type NaiveBayesModel } from './naive-bayes';
import { MAX_ANALYSED_CHARS, normalizeForMatching } from './normalize';
import modelFile from './offline-model.json';
import { assessPriority } from './priority';
import { detectSecurityMatter, detectSecurityMatterInNormalized } from './security-rule';
import { assessTone } from './sentiment';
import { buildSummary } from './summary';
import { CATEGORIES, type ClassificationDecision, type Classifier, type ClassificationResult, type ClassifierInput } from './types';

const WEIGHTS = modelFile.weights as CombinationWeights;

if ((modelFile.naiveBayes as NaiveBayesModel).categories.join() !== CATEGORIES.join()) {
  // Fails at cold start, not silently mid-flow, if the categories change without retraining.
  throw new Error('offline-model.json was trained for other categories; run training/train-offline-model.ts');
}
const MODEL = prepareNaiveBayes(modelFile.naiveBayes as NaiveBayesModel);

/**
 * Lexicon weight (or about twenty known n-grams) at which the text says enough for the fitted
 * probability to stand; below it confidence is scaled down, to 0.4x with no signal at all, so
 * "hello?" or a random string never reads as a confident decision.
 */
const FULL_SIGNAL = 3;

function confidenceFrom(probability: number, lexiconEvidence: number, knownNgrams: number): number {
  const signal = Math.min(1, (lexiconEvidence + knownNgrams / 20) / FULL_SIGNAL);
  return Number((probability * (0.4 + 0.6 * signal)).toFixed(3));
}

/** The decision for one complaint; pure and synchronous. */
export function classifyOffline(input: ClassifierInput): ClassificationDecision {
  const text = typeof input.text === 'string' ? input.text : String(input.text ?? '');
  const language = detectLanguage(text, input.language);
  const { entities, maskedText } = extractEntitiesAndMask(text, language);
  const normalized = normalizeForMatching(maskedText);
  // Short texts reuse the normalised text (identifiers masked in it, which no security cue refers
  // to); longer ones get the rule's full-length scan.
  const security = text.length <= MAX_ANALYSED_CHARS ? detectSecurityMatterInNormalized(normalized) : detectSecurityMatter(text);

  const evidence = gatherEvidence(normalized, MODEL, security);
  const probabilities = categoryProbabilities(evidence, WEIGHTS);
  const best = probabilities.indexOf(Math.max(...probabilities));
  const category = CATEGORIES[best];

  const tone = assessTone(normalized, text);
  const priority = assessPriority({
    normalized,
    category,
    securityFlag: security.isSecurity,
    sentiment: tone.sentiment,
    anger: tone.anger,
    amounts: entities.amounts,
  });
  return {
    category,
    priority,
    sentiment: tone.sentiment,
    language,
    summary: buildSummary({ category, language, priority, securityReasons: security.reasons, entities }),
    securityFlag: security.isSecurity,
    securityReasons: security.reasons,
    entities,
    confidence: confidenceFrom(probabilities[best], evidence.lexiconEvidence, evidence.naiveBayesKnown),
  };
}

export interface OfflineClassifierOptions {
  /** Reported as ClassificationResult.classifier. @default 'offline' */
  readonly name?: string;
}

export function createOfflineClassifier(options: OfflineClassifierOptions = {}): Classifier {
  const name = options.name ?? 'offline';
  return {
    name,
    async classify(input: ClassifierInput): Promise<ClassificationResult> {
      const started = performance.now();
      const decision = classifyOffline(input);
      return { decision, classifier: name, latencyMs: Math.round((performance.now() - started) * 1000) / 1000 };
    },
  };
}

export const offlineClassifier: Classifier = createOfflineClassifier();
