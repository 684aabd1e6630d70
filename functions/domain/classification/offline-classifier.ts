// The offline classifier: runs in local mode and stands in when Bedrock fails. Deterministic, no
// network, no files read at run time (lexicon and weights are bundled by esbuild), about a
// millisecond a complaint. Category comes from the multilingual lexicon and the fixed security
// rule, combined as fitted offline (category-scoring.ts); the rest of the decision from small
// rule sets.
import {
  categoryProbabilities,
  decisionConfidence,
  gatherEvidence,
  modelSecurityReason,
  securityProbability,
  type CombinationWeights,
} from './category-scoring';
import { extractEntitiesAndMask } from './entities';
import { detectLanguage } from './language';
import { MAX_ANALYSED_CHARS, normalizeForMatching } from './normalize';
import weightsFile from './offline-weights.json';
import { assessPriority } from './priority';
import { detectSecurityMatter, detectSecurityMatterInNormalized } from './security-rule';
import { assessTone } from './sentiment';
import { buildSummary } from './summary';
import { CATEGORIES, type ClassificationDecision, type Classifier, type ClassificationResult, type ClassifierInput } from './types';

const WEIGHTS: CombinationWeights = weightsFile.weights;

/** The decision for one complaint; pure and synchronous. */
export function classifyOffline(input: ClassifierInput): ClassificationDecision {
  const text = typeof input.text === 'string' ? input.text : String(input.text ?? '');
  const language = detectLanguage(text, input.language);
  const { entities, maskedText } = extractEntitiesAndMask(text, language);
  const normalized = normalizeForMatching(maskedText);
  // Short texts reuse the normalised text (identifiers masked in it, which no security cue refers
  // to); longer ones get the rule's full-length scan.
  const rule = text.length <= MAX_ANALYSED_CHARS ? detectSecurityMatterInNormalized(normalized) : detectSecurityMatter(text);

  const evidence = gatherEvidence(normalized, rule);
  const probabilities = categoryProbabilities(evidence, WEIGHTS);
  const best = probabilities.indexOf(Math.max(...probabilities));
  const category = CATEGORIES[best];
  // The rule's flag stands; the model can only add one, when security is likely enough (a
  // story of drained funds the rule's cues do not cover), never take the rule's away.
  const security =
    rule.isSecurity || securityProbability(probabilities) < WEIGHTS.securityThreshold
      ? rule
      : { isSecurity: true, reasons: [modelSecurityReason(probabilities)] };

  const tone = assessTone(normalized, text, security.isSecurity);
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
    confidence: decisionConfidence(probabilities[best], evidence.lexiconEvidence, WEIGHTS),
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
