// Step 3: gather proof and decide whether a person must look. Evidence comes
// from the complaint's transaction references and the operator's ledger; a
// fixed rule (never the AI) says which cases need a person, and a fixed rule
// over ledger records is the only automatic source of a compensation proposal.
// A case goes on without a person only when something other than the
// classifier can answer it: a help article, the ledger's proof, or the ledger
// rule (whose proposal a supervisor still decides).
import { lifecycleEvent } from '../../../events/catalog';
import type { AutomaticAnswer, Case, EvidenceItem, ProposalDraft } from '../case/case';
import type { AutoResolutionConfig } from '../config';
import { buildEvidence } from '../evidence/transaction-evidence';
import { knowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base';
import type { Ledger, LedgerCustomer, LedgerTransaction } from '../ports';
import { loadCase, type StepDeps } from './step-deps';

export interface InvestigateDeps extends StepDeps {
  readonly ledger: Ledger;
}

export type NeedsPersonReason =
  | 'security'
  | 'low_confidence'
  | 'amount_above_threshold'
  | 'customer_asked_for_person'
  | 'reopened'
  | 'account_frozen'
  | 'classifier_output_invalid'
  | 'no_automatic_answer';

export interface InvestigateOutcome {
  readonly needsPerson: boolean;
  readonly reasons: NeedsPersonReason[];
  readonly evidenceCount: number;
}

const AMOUNT = /(\d{1,3}(?:[ ,]\d{3})+|\d+)(?:[.,](\d+))?/g;

/** Largest number in the text or the ledger records, as a rough "how much is at stake". */
function largestAmount(text: string, records: readonly LedgerTransaction[]): number {
  let max = 0;
  for (const m of text.replace(/0x[0-9a-fA-F]+|[0-9a-fA-F]{32,}/g, ' ').matchAll(AMOUNT)) {
    const value = Number(`${m[1]!.replace(/[ ,]/g, '')}.${m[2] ?? '0'}`);
    if (Number.isFinite(value)) max = Math.max(max, value);
  }
  for (const r of records) if (r.amount) max = Math.max(max, Number(r.amount) || 0);
  return max;
}

export function needsPersonReasons(kase: Case, customer: LedgerCustomer | undefined, records: readonly LedgerTransaction[], threshold: number, minConfidence: number): NeedsPersonReason[] {
  const reasons: NeedsPersonReason[] = [];
  const c = kase.classification;
  if (c?.securityFlag) reasons.push('security');
  if (!c || c.confidence < minConfidence) reasons.push('low_confidence');
  if (c?.fallbackReason === 'invalid_output') reasons.push('classifier_output_invalid');
  if (largestAmount(kase.description, records) > threshold) reasons.push('amount_above_threshold');
  if (kase.wantsHuman) reasons.push('customer_asked_for_person');
  if (kase.reopenCount > 0) reasons.push('reopened');
  if (customer?.frozen) reasons.push('account_frozen');
  return reasons;
}

/**
 * What lets a case that needs no person for any other reason be answered without one, or
 * undefined when nothing can: then a person writes the findings. Categories outside the
 * configured list and confidence under the configured bar never get an article.
 */
export function automaticAnswerFor(
  kase: Case,
  records: readonly LedgerTransaction[],
  draft: ProposalDraft | undefined,
  config: AutoResolutionConfig,
  knowledge: KnowledgeBase,
): AutomaticAnswer | undefined {
  const c = kase.classification;
  if (!config.enabled || !c || c.securityFlag) return undefined;
  if (draft) return { kind: 'ledger_rule' };
  if (
    config.ledgerEvidence &&
    c.category === 'withdrawal_or_deposit_delay' &&
    kase.transactionRefs.length > 0 &&
    kase.transactionRefs.every((ref) => records.some((r) => r.reference.toLowerCase() === ref.toLowerCase() && r.status === 'confirmed'))
  ) {
    return { kind: 'ledger_evidence' };
  }
  if (c.confidence < config.minConfidence || !config.categories.includes(c.category)) return undefined;
  const article = knowledge.match(c.category, kase.description);
  return article ? { kind: 'article', articleId: article.id } : undefined;
}

/**
 * The one automatic compensation rule: a withdrawal the ledger marks failed
 * still had its fee charged, so the fee is proposed for refund. A supervisor
 * still decides.
 */
export function ledgerRuleProposal(records: readonly LedgerTransaction[]): ProposalDraft | undefined {
  const failed = records.filter((r) => r.direction === 'withdrawal' && r.status === 'failed' && Number(r.feeCharged) > 0 && r.asset);
  if (failed.length === 0) return undefined;
  const asset = failed[0]!.asset!;
  const sameAsset = failed.filter((r) => r.asset === asset);
  const total = sameAsset.reduce((sum, r) => sum + Number(r.feeCharged), 0);
  return {
    amount: String(Number(total.toFixed(8))),
    asset,
    reason: 'failed_withdrawal_fee_refund',
    proposedBy: 'rule:failed-withdrawal-fee',
    evidence: sameAsset.map((r) => r.reference),
  };
}

export async function investigateCase(deps: InvestigateDeps, caseId: string): Promise<InvestigateOutcome> {
  const kase = await loadCase(deps.cases, caseId);
  const [customer, records] = await Promise.all([
    deps.ledger.findCustomer({ ...(kase.contact.accountId ? { accountId: kase.contact.accountId } : {}), email: kase.contact.email }),
    kase.transactionRefs.length > 0 ? deps.ledger.findTransactions(kase.transactionRefs) : Promise.resolve([] as LedgerTransaction[]),
  ]);
  const evidence: EvidenceItem[] = buildEvidence(kase.transactionRefs, kase.description, records);
  const reasons = needsPersonReasons(kase, customer, records, deps.config.personAmountThreshold, deps.config.minConfidence);
  const draft = kase.reopenCount === 0 ? ledgerRuleProposal(records) : undefined;
  const automaticAnswer = reasons.length === 0 ? automaticAnswerFor(kase, records, draft, deps.config.autoResolution, deps.knowledge ?? knowledgeBase) : undefined;
  if (reasons.length === 0 && !automaticAnswer) reasons.push('no_automatic_answer');
  await deps.cases.transition(
    caseId,
    'investigate',
    { evidence, needsPersonReasons: reasons, automaticAnswer, ...(draft ? { proposalDraft: draft } : {}) },
    {
      actor: 'system:investigate',
      action: 'case.investigated',
      detail: {
        evidence: evidence.length,
        ledgerRecords: records.length,
        customerFound: Boolean(customer),
        needsPerson: reasons.length > 0,
        reasons: reasons.join(',') || 'none',
        ...(automaticAnswer ? { automaticAnswer: automaticAnswer.kind === 'article' ? `article:${automaticAnswer.articleId}` : automaticAnswer.kind } : {}),
        ...(draft ? { proposal: `${draft.amount} ${draft.asset} (${draft.proposedBy})` } : {}),
      },
    },
  );
  await deps.events.publish(lifecycleEvent('case.investigated', { caseId, needsPerson: reasons.length > 0, reasons, evidenceCount: evidence.length }, deps.clock.now()));
  return { needsPerson: reasons.length > 0, reasons, evidenceCount: evidence.length };
}
