// Step 2: decide who sees the case and how fast. The fixed security rule runs
// first and the classifier may only raise what it found (flag, priority),
// never lower it. A classifier that fails falls back to the offline one and
// says so on the case; nothing a classifier returns can approve or pay. A
// model's answer is cross-checked against the offline classifier's.
import { lifecycleEvent } from '../../../events/catalog';
import type { ClassificationRecord } from '../case/case';
import { detectSecurityMatter } from '../classification/security-rule';
import { buildSummary } from '../classification/summary';
import { fallbackReasonOf, type FallbackReason } from '../classification/fallback-reason';
import {
  ClassificationDecisionSchema,
  PRIORITIES,
  SECURITY_CATEGORIES,
  SECURITY_REASONS,
  type Classifier,
  type ClassificationResult,
  type Priority,
} from '../classification/types';
import { noteClassifiedComplaint } from '../incidents/spike-detection';
import { queueFor } from './route-case';
import { loadCase, type StepDeps } from './step-deps';

export interface ClassifyDeps extends Pick<StepDeps, 'cases' | 'counters' | 'incidents' | 'events' | 'clock' | 'config'> {
  readonly classifier: Classifier;
  /** Used when `classifier` throws or answers outside the schema. */
  readonly fallback: Classifier;
  /** Told each time the classifier's answer is not used, by reason only (the ClassifierFallback metric). */
  readonly countFallback?: (reason: FallbackReason) => void;
}

export interface ClassifyOutcome {
  readonly category: string;
  readonly priority: Priority;
  readonly securityFlag: boolean;
  readonly confidence: number;
  readonly queue: string;
}

const maxPriority = (a: Priority, b: Priority): Priority => (PRIORITIES.indexOf(a) >= PRIORITIES.indexOf(b) ? a : b);

/**
 * A model decision the offline classifier disagrees with is at most this confident: below the
 * default bar for automation, so a person writes the findings. The model still routes the case.
 */
export const DISAGREEMENT_CONFIDENCE_CAP = 0.5;

export async function classifyCase(deps: ClassifyDeps, caseId: string): Promise<ClassifyOutcome> {
  const kase = await loadCase(deps.cases, caseId);
  const input = { text: kase.description, language: kase.language };
  // The offline classifier always runs (about a millisecond): it is the fallback, the
  // cross-check on a model's answer, and the source of the fields the agent's summary is built from.
  const baseline = await deps.fallback.classify(input);
  let result: ClassificationResult = baseline;
  let fallbackReason: FallbackReason | undefined;
  if (deps.classifier !== deps.fallback) {
    try {
      result = await deps.classifier.classify(input);
      // Whatever the classifier is, its answer is data: re-validate, strip anything extra.
      result = { ...result, decision: ClassificationDecisionSchema.parse(result.decision) };
    } catch (error) {
      fallbackReason = fallbackReasonOf(error);
      deps.countFallback?.(fallbackReason);
      result = { ...baseline, classifier: `${deps.fallback.name}-fallback` };
    }
  }
  const crossChecked = result !== baseline && fallbackReason === undefined;
  const { decision, ...how } = result;
  const offline = baseline.decision;
  const agreed = decision.category === offline.category;

  // Security and priority: the fixed rule first, then anything either classifier raises; no
  // classifier can lower what another found.
  const rule = detectSecurityMatter(kase.description);
  const securityFlag = rule.isSecurity || decision.securityFlag || offline.securityFlag || SECURITY_CATEGORIES.includes(decision.category);
  const floors: Priority[] = [decision.priority, offline.priority, kase.wantsHuman ? 'high' : 'low'];
  const priority: Priority = securityFlag ? 'urgent' : floors.reduce(maxPriority, 'low');
  const securityReasons = SECURITY_REASONS.filter((r) => [rule.reasons, offline.securityReasons, decision.securityReasons].some((list) => list.includes(r)));
  const queue = queueFor(decision.category, securityFlag);
  const record: ClassificationRecord = {
    ...how,
    category: decision.category,
    priority,
    securityFlag,
    confidence: crossChecked && !agreed ? Math.min(decision.confidence, DISAGREEMENT_CONFIDENCE_CAP) : decision.confidence,
    // Built from computed fields and the offline classifier's pattern-matched entities, never
    // from a model's free text, which a complaint can steer into addressing the agent.
    summary: buildSummary({ category: decision.category, language: offline.language, priority, securityReasons, entities: offline.entities }),
    queue,
    ...(fallbackReason ? { fallbackReason } : {}),
    ...(crossChecked ? { crossCheck: { category: offline.category, agreed } } : {}),
  };
  await deps.cases.transition(
    caseId,
    'classify',
    { category: record.category, priority, queue, classification: record },
    {
      actor: `system:classify:${result.classifier}`,
      action: 'case.classified',
      detail: {
        category: record.category,
        priority,
        securityFlag,
        confidence: Number(record.confidence.toFixed(3)),
        queue,
        ...(fallbackReason ? { fallbackReason } : {}),
        ...(crossChecked ? { offlineCategory: offline.category, agreed } : {}),
      },
    },
  );
  await deps.events.publish(
    lifecycleEvent(
      'case.classified',
      { caseId, category: record.category, priority, securityFlag, classifier: result.classifier, confidence: record.confidence, queue },
      deps.clock.now(),
    ),
  );
  // A wave of one kind of complaint is an incident; counting it must never hold up the case.
  const incident = await noteClassifiedComplaint(deps, record.category).catch(() => undefined);
  if (incident)
    await deps.cases.appendTimeline(caseId, {
      actor: 'system:classify',
      action: 'incident.opened',
      detail: { incidentId: incident.incidentId, count: incident.count },
    });
  return { category: record.category, priority, securityFlag, confidence: record.confidence, queue };
}
