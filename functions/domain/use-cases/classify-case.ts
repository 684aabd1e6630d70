// Step 2: decide who sees the case and how fast. The fixed security rule runs
// first and the classifier may only raise what it found (flag, priority),
// never lower it. A classifier that fails falls back to the offline one and
// says so on the case; nothing a classifier returns can approve or pay.
import { lifecycleEvent } from '../../../events/catalog';
import type { ClassificationRecord } from '../case/case';
import { detectSecurityMatter } from '../classification/security-rule';
import { ClassificationDecisionSchema, PRIORITIES, type Classifier, type ClassificationResult, type Priority } from '../classification/types';
import { queueFor } from './route-case';
import { loadCase, type StepDeps } from './step-deps';

export interface ClassifyDeps extends StepDeps {
  readonly classifier: Classifier;
  /** Used when `classifier` throws or answers outside the schema. */
  readonly fallback: Classifier;
}

export interface ClassifyOutcome {
  readonly category: string;
  readonly priority: Priority;
  readonly securityFlag: boolean;
  readonly confidence: number;
  readonly queue: string;
}

const maxPriority = (a: Priority, b: Priority): Priority => (PRIORITIES.indexOf(a) >= PRIORITIES.indexOf(b) ? a : b);

export async function classifyCase(deps: ClassifyDeps, caseId: string): Promise<ClassifyOutcome> {
  const kase = await loadCase(deps.cases, caseId);
  const input = { text: kase.description, language: kase.language };
  let result: ClassificationResult;
  let fallbackReason: string | undefined;
  try {
    result = await deps.classifier.classify(input);
    // Whatever the classifier is, its answer is data: re-validate, strip anything extra.
    result = { ...result, decision: ClassificationDecisionSchema.parse(result.decision) };
  } catch (error) {
    if (deps.classifier === deps.fallback) throw error;
    fallbackReason = ['ZodError', 'InvalidModelOutputError'].includes((error as Error).name) ? 'invalid_output' : (error as Error).name === 'ThrottlingException' ? 'throttled' : 'classifier_error';
    result = { ...(await deps.fallback.classify(input)), classifier: `${deps.fallback.name}-fallback` };
  }

  const rule = detectSecurityMatter(kase.description);
  const securityFlag = rule.isSecurity || result.decision.securityFlag;
  const priority = securityFlag ? 'urgent' : maxPriority(result.decision.priority, kase.wantsHuman ? 'high' : 'low');
  const queue = queueFor(result.decision.category, securityFlag);
  const { decision, ...how } = result;
  const record: ClassificationRecord = {
    ...how,
    category: decision.category,
    priority,
    securityFlag,
    confidence: decision.confidence,
    summary: decision.summary,
    queue,
    ...(fallbackReason ? { fallbackReason } : {}),
  };
  await deps.cases.transition(
    caseId,
    'classify',
    { category: record.category, priority, queue, classification: record },
    {
      actor: `system:classify:${result.classifier}`,
      action: 'case.classified',
      detail: { category: record.category, priority, securityFlag, confidence: Number(record.confidence.toFixed(3)), queue, ...(fallbackReason ? { fallbackReason } : {}) },
    },
  );
  await deps.events.publish(
    lifecycleEvent('case.classified', { caseId, category: record.category, priority, securityFlag, classifier: result.classifier, confidence: record.confidence, queue }, deps.clock.now()),
  );
  return { category: record.category, priority, securityFlag, confidence: record.confidence, queue };
}
