// Step 4: compose the personal reply from the findings and the evidence and
// send it. A compensation proposal is made here only from a draft that agent
// findings or the ledger rule left on the case.
import { lifecycleEvent } from '../../../events/catalog';
import type { CompensationProposal } from '../case/case';
import { answerIn, knowledgeBase } from '../knowledge/knowledge-base';
import { sendCaseMail } from '../mail/send-case-mail';
import { loadCase, type StepDeps } from './step-deps';

export interface ResolveOutcome {
  readonly compensationProposed: boolean;
  readonly proposalId: string | null;
  readonly round: number;
}

export const proposalIdFor = (round: number) => `p${round}`;

export async function resolveCase(
  deps: Pick<StepDeps, 'cases' | 'compensation' | 'messages' | 'mailer' | 'events' | 'clock' | 'config' | 'knowledge'>,
  caseId: string,
): Promise<ResolveOutcome> {
  const kase = await loadCase(deps.cases, caseId);
  const round = kase.reopenCount;
  const now = deps.clock.now().toISOString();
  let proposalId: string | null = null;
  // The article is only the answer while no person has written findings for this round.
  const article =
    kase.automaticAnswer?.kind === 'article' && !kase.findings ? (deps.knowledge ?? knowledgeBase).byId(kase.automaticAnswer.articleId) : undefined;
  // A retried Resolve finds the draft already cleared by its own first run: the proposal it made
  // this round is still the one the customer was told about, and still needs a decision.
  if (!kase.proposalDraft && (await deps.compensation.getProposal(caseId, proposalIdFor(round)))) proposalId = proposalIdFor(round);
  if (kase.proposalDraft) {
    proposalId = proposalIdFor(round);
    const existing = await deps.compensation.getProposal(caseId, proposalId);
    if (!existing) {
      const proposal: CompensationProposal = { caseId, proposalId, ...kase.proposalDraft, status: 'proposed', createdAt: now };
      await deps.compensation.putProposal(proposal);
      await deps.cases.appendTimeline(caseId, {
        actor: kase.proposalDraft.proposedBy,
        action: 'compensation.proposed',
        detail: { proposalId, amount: proposal.amount, asset: proposal.asset, reason: proposal.reason },
      });
      await deps.events.publish(
        lifecycleEvent(
          'compensation.proposed',
          { caseId, proposalId, proposedBy: kase.proposalDraft.proposedBy.replace(/[^a-z0-9_.:-]/gi, '_').toLowerCase() },
          deps.clock.now(),
        ),
      );
    }
  }
  await sendCaseMail(
    deps,
    kase,
    'resolution',
    `resolution#${round}`,
    {
      caseNumber: kase.caseNumber,
      customerName: kase.contact.name,
      category: kase.category ?? 'other',
      findings: kase.findings ? [...kase.findings.lines] : [],
      // Evidence of another account's transaction is built exactly like an unknown hash's (no
      // ledger data, transaction-evidence.ts), so the mail neither confirms nor denies it.
      evidence: (kase.evidence ?? []).map((e) => ({ kind: e.kind, reference: e.reference, chain: e.chain, explorerUrl: e.explorerUrl })),
      compensationProposed: proposalId !== null,
      ...(article ? { article: answerIn(article, kase.language) } : {}),
      decisionTimeFrameHours: Math.ceil(deps.config.timeouts.decisionSeconds / 3600),
    },
    'system:resolve',
  );
  await deps.cases.transition(
    caseId,
    'resolve',
    { proposalDraft: undefined },
    {
      actor: 'system:resolve',
      action: 'case.resolved',
      detail: {
        round,
        compensationProposed: proposalId !== null,
        findingsBy: kase.findings?.by ?? 'system',
        ...(article ? { article: article.id } : kase.automaticAnswer && !kase.findings ? { automaticAnswer: kase.automaticAnswer.kind } : {}),
      },
    },
  );
  await deps.events.publish(lifecycleEvent('case.resolved', { caseId, compensationProposed: proposalId !== null, round }, deps.clock.now()));
  return { compensationProposed: proposalId !== null, proposalId, round };
}
