// Step 3: gather proof and decide whether a person must look. Evidence comes
// from the complaint's transaction references and the operator's ledger; a
// fixed rule (never the AI) says which cases need a person, and a fixed rule
// over ledger records is the only automatic source of a compensation proposal.
// A case goes on without a person only when something other than the
// classifier can answer it: a help article, the ledger's proof, or the ledger
// rule (whose proposal a supervisor still decides). Everything here is bound to
// the complainant: the account the ledger returns for their email, and only
// that account's transactions (README: "Evidence and money bound to the
// complainant").
import { lifecycleEvent } from '../../../events/catalog';
import type { AutomaticAnswer, Case, EvidenceItem, ProposalDraft } from '../case/case';
import type { AutoResolutionConfig, RedressConfig } from '../config';
import { amountsInRecords, amountsInText, firstAmountAboveThreshold } from '../evidence/amounts-at-stake';
import { buildEvidence, isAccountsTransaction } from '../evidence/transaction-evidence';
import { knowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base';
import { AmountError, sumAmounts, toMinorUnits } from '../money/amount';
import type { Ledger, LedgerCustomer, LedgerTransaction } from '../ports';
import { loadCase, type StepDeps } from './step-deps';

export interface InvestigateDeps extends Pick<StepDeps, 'cases' | 'compensation' | 'events' | 'clock' | 'config' | 'knowledge'> {
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
  | 'no_automatic_answer'
  /** The complaint quotes a transaction the ledger holds under another account (or any, when the complainant has none). */
  | 'transaction_of_another_account'
  /** The ledger rule would propose money, but the account had its automatic proposals for the rolling 30 days. */
  | 'rule_proposal_cap'
  | 'transaction_already_refunded';

export interface InvestigateOutcome {
  readonly needsPerson: boolean;
  readonly reasons: NeedsPersonReason[];
  readonly evidenceCount: number;
}

/** The window `compensation.ruleProposalsPer30Days` counts in. */
export const RULE_PROPOSAL_WINDOW_MS = 30 * 24 * 3600 * 1000;

/**
 * What the complaint's typed account id is worth: it counts only when it is the account the
 * ledger returns for the complainant's email. A code for the timeline, never the id itself.
 */
export function typedAccountIdCheck(typed: string | undefined, ledgerAccountId: string | undefined): 'none' | 'matches' | 'ignored' {
  if (!typed?.trim()) return 'none';
  return typed.trim() === ledgerAccountId ? 'matches' : 'ignored';
}

/**
 * `records` are the complainant's own ledger records only: amounts in them, and in the text, are
 * held to their asset's threshold (`compensation.personAmountThreshold`).
 */
export function needsPersonReasons(
  kase: Case,
  customer: LedgerCustomer | undefined,
  records: readonly LedgerTransaction[],
  config: Pick<RedressConfig, 'compensation' | 'minConfidence'>,
): NeedsPersonReason[] {
  const reasons: NeedsPersonReason[] = [];
  const c = kase.classification;
  const thresholds = config.compensation.personAmountThreshold;
  const assets = [...Object.keys(thresholds), ...Object.keys(config.compensation.assetDecimals)];
  if (c?.securityFlag) reasons.push('security');
  if (!c || c.confidence < config.minConfidence) reasons.push('low_confidence');
  if (c?.fallbackReason === 'invalid_output') reasons.push('classifier_output_invalid');
  if (firstAmountAboveThreshold([...amountsInText(kase.description, assets), ...amountsInRecords(records)], thresholds)) reasons.push('amount_above_threshold');
  if (kase.wantsHuman) reasons.push('customer_asked_for_person');
  if (kase.reopenCount > 0) reasons.push('reopened');
  if (customer?.frozen) reasons.push('account_frozen');
  return reasons;
}

/**
 * What lets a case that needs no person for any other reason be answered without one, or
 * undefined when nothing can: then a person writes the findings. Categories outside the
 * configured list and confidence under the configured bar never get an article. `records` are
 * the complainant's own ledger records only.
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
 * still decides. `records` must be the complainant's own; fees are summed
 * exactly in the asset's precision, and a fee that is not a valid amount of
 * its asset is left out rather than rounded.
 */
export function ledgerRuleProposal(records: readonly LedgerTransaction[], assetDecimals: Readonly<Record<string, number>> = {}): ProposalDraft | undefined {
  const charged = (r: LedgerTransaction): boolean => {
    try {
      return Boolean(r.asset && r.feeCharged) && toMinorUnits(r.feeCharged!, r.asset!, assetDecimals) > 0n;
    } catch (e) {
      if (e instanceof AmountError) return false;
      throw e;
    }
  };
  const failed = records.filter((r) => r.direction === 'withdrawal' && r.status === 'failed' && charged(r));
  if (failed.length === 0) return undefined;
  const asset = failed[0]!.asset!;
  const sameAsset = failed.filter((r) => r.asset === asset);
  return {
    amount: sumAmounts(
      sameAsset.map((r) => r.feeCharged!),
      asset,
      assetDecimals,
    ),
    asset,
    reason: 'failed_withdrawal_fee_refund',
    proposedBy: 'rule:failed-withdrawal-fee',
    evidence: sameAsset.map((r) => r.reference),
  };
}

export async function investigateCase(deps: InvestigateDeps, caseId: string): Promise<InvestigateOutcome> {
  const kase = await loadCase(deps.cases, caseId);
  // The complainant is whoever the ledger says owns the email: a typed account id is a claim,
  // and asking the ledger by it would let anyone borrow another customer's records.
  const [customer, records] = await Promise.all([
    deps.ledger.findCustomer({ email: kase.contact.email }),
    kase.transactionRefs.length > 0 ? deps.ledger.findTransactions(kase.transactionRefs) : Promise.resolve([] as LedgerTransaction[]),
  ]);
  const ledgerAccountId = customer?.accountId;
  const typedAccountId = typedAccountIdCheck(kase.contact.accountId, ledgerAccountId);
  const own = records.filter((r) => isAccountsTransaction(r, ledgerAccountId));
  const evidence: EvidenceItem[] = buildEvidence(kase.transactionRefs, kase.description, records, ledgerAccountId);
  const othersTransactions = evidence.filter((e) => e.otherAccount).length;
  const reasons = needsPersonReasons(kase, customer, own, deps.config);
  if (othersTransactions > 0) reasons.push('transaction_of_another_account');

  let draft = kase.reopenCount === 0 ? ledgerRuleProposal(own, deps.config.compensation.assetDecimals) : undefined;
  if (draft && ledgerAccountId) {
    // One refund per transaction: a second complaint about the same failed withdrawal (a new
    // case, a resubmission) must not propose its fee again. The draft keeps only what this case holds.
    const held = new Set((await deps.compensation.claimTransactionRefunds(ledgerAccountId, caseId, draft.evidence)).map((r) => r.toLowerCase()));
    if (held.size < draft.evidence.length) {
      reasons.push('transaction_already_refunded');
      draft = ledgerRuleProposal(
        own.filter((r) => held.has(r.reference.toLowerCase())),
        deps.config.compensation.assetDecimals,
      );
    }
  }
  if (draft && ledgerAccountId) {
    // The place is taken before the draft is written: a crash in between leaves a place this
    // case holds, which its retry finds (the claim answers true again) and so ends the same.
    const now = deps.clock.now();
    const granted = await deps.compensation.claimRuleProposal({
      accountId: ledgerAccountId,
      caseId,
      at: now,
      since: new Date(now.getTime() - RULE_PROPOSAL_WINDOW_MS),
      limit: deps.config.compensation.ruleProposalsPer30Days,
    });
    if (!granted) {
      draft = undefined;
      reasons.push('rule_proposal_cap');
    }
  }

  const automaticAnswer = reasons.length === 0 ? automaticAnswerFor(kase, own, draft, deps.config.autoResolution, deps.knowledge ?? knowledgeBase) : undefined;
  if (reasons.length === 0 && !automaticAnswer) reasons.push('no_automatic_answer');
  await deps.cases.transition(
    caseId,
    'investigate',
    // ledgerAccountId undefined clears one a previous round stored, should the ledger have changed.
    { evidence, needsPersonReasons: reasons, automaticAnswer, ledgerAccountId, ...(draft ? { proposalDraft: draft } : {}) },
    {
      actor: 'system:investigate',
      action: 'case.investigated',
      detail: {
        evidence: evidence.length,
        ledgerRecords: own.length,
        customerFound: Boolean(customer),
        ...(typedAccountId !== 'none' ? { typedAccountId: typedAccountId === 'matches' ? 'matches_email_account' : 'ignored_not_email_account' } : {}),
        ...(othersTransactions > 0 ? { otherAccountTransactions: othersTransactions } : {}),
        needsPerson: reasons.length > 0,
        reasons: reasons.join(',') || 'none',
        ...(automaticAnswer ? { automaticAnswer: automaticAnswer.kind === 'article' ? `article:${automaticAnswer.articleId}` : automaticAnswer.kind } : {}),
        ...(draft ? { proposal: `${draft.amount} ${draft.asset} (${draft.proposedBy})` } : {}),
      },
    },
  );
  await deps.events.publish(
    lifecycleEvent('case.investigated', { caseId, needsPerson: reasons.length > 0, reasons, evidenceCount: evidence.length }, deps.clock.now()),
  );
  return { needsPerson: reasons.length > 0, reasons, evidenceCount: evidence.length };
}
