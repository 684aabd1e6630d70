// Classifier decisions for use-case tests: a plausible decision to vary one field of, and a
// classifier that always returns it (as a model the complaint talked into an answer would).
import type { ClassificationDecision, Classifier } from '../../functions/domain/classification/types';

export const decision = (over: Partial<ClassificationDecision> = {}): ClassificationDecision => ({
  category: 'fees_or_pricing',
  priority: 'normal',
  sentiment: 'negative',
  language: 'en',
  summary: 'fee question',
  securityFlag: false,
  securityReasons: [],
  entities: { transactionHashes: [], addresses: [], amounts: [], assets: [] },
  confidence: 0.9,
  ...over,
});

export const fixedClassifier = (d: ClassificationDecision, name = 'fake'): Classifier => ({
  name,
  classify: async () => ({ decision: d, classifier: name, latencyMs: 1 }),
});
