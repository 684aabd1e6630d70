// Gets a case ready to wait on a person (agent, supervisor) or the customer:
// status, queue, the customer's answer link and mail. The state machine then
// writes its task token straight into the case store (a DynamoDB service
// integration, no Lambda), so nothing software holds can fail while a person
// holds the token. Only opaque references ever leave the back end: no mail
// link or page carries the token, so none can replay or forge it.
import { randomBytes } from 'node:crypto';
import { lifecycleEvent } from '../../../events/catalog';
import { sendCaseMail } from '../mail/send-case-mail';
import type { PendingTaskKind } from '../ports';
import { approvedAmount } from './pay-compensation';
import { loadCase, type StepDeps } from './step-deps';

export interface PrepareWaitInput {
  readonly caseId: string;
  readonly kind: PendingTaskKind;
  /** For decisions: the proposal waiting on a supervisor. */
  readonly proposalId?: string;
  /** True on the wait that follows an escalation. */
  readonly escalated?: boolean;
}

/** Returns the reference the token will be stored under: the round, the proposal, or the answer link. */
export async function prepareWait(
  deps: Pick<StepDeps, 'cases' | 'compensation' | 'tasks' | 'messages' | 'mailer' | 'events' | 'clock' | 'config'>,
  input: PrepareWaitInput,
): Promise<{ ref: string }> {
  const kase = await loadCase(deps.cases, input.caseId);
  const now = deps.clock.now();
  const round = kase.reopenCount;
  switch (input.kind) {
    case 'findings': {
      const ref = `round-${round}`;
      await deps.cases.transition(kase.caseId, 'awaitFindings', input.escalated ? { assignee: 'supervisor' } : {}, {
        actor: 'system:investigate',
        action: input.escalated ? 'findings.escalated_wait' : 'findings.requested',
        detail: { queue: kase.queue ?? 'general', round, reasons: (kase.needsPersonReasons ?? []).join(',') || 'none' },
      });
      await deps.events.publish(
        lifecycleEvent('case.findings_requested', { caseId: kase.caseId, queue: input.escalated ? 'supervisor' : (kase.queue ?? 'general') }, now),
      );
      return { ref };
    }
    case 'decision': {
      const proposalId = input.proposalId;
      if (!proposalId) throw new Error('A decision wait needs a proposalId');
      const proposal = await deps.compensation.getProposal(kase.caseId, proposalId);
      if (!proposal) throw new Error(`No proposal ${proposalId}`);
      if (proposal.status === 'proposed') await deps.compensation.putProposal({ ...proposal, status: 'awaiting_decision' });
      await deps.cases.transition(kase.caseId, 'awaitDecision', input.escalated ? { assignee: 'supervisor' } : {}, {
        actor: 'system:compensate',
        action: input.escalated ? 'decision.escalated_wait' : 'decision.requested',
        detail: { proposalId },
      });
      return { ref: proposalId };
    }
    case 'payout': {
      // The payout failed, stays pending, or waits for a manual reference: a supervisor takes it,
      // and the customer hears that a person is on it (never that it was paid).
      const proposalId = input.proposalId;
      if (!proposalId) throw new Error('A payout wait needs a proposalId');
      const proposal = await deps.compensation.getProposal(kase.caseId, proposalId);
      if (!proposal) throw new Error(`No proposal ${proposalId}`);
      const payout = proposal.payout;
      await deps.cases.transition(
        kase.caseId,
        'awaitPayout',
        { assignee: 'supervisor' },
        {
          actor: 'system:payout',
          action: 'payout.waits_on_person',
          detail: { proposalId, payout: payout?.status ?? 'none', reason: payout?.reason ?? 'none' },
        },
      );
      await sendCaseMail(
        deps,
        kase,
        'compensation-payout-delayed',
        `payout-delayed#${proposalId}`,
        { caseNumber: kase.caseNumber, amount: payout?.amount ?? approvedAmount(proposal), asset: proposal.asset },
        'system:payout',
      );
      return { ref: proposalId };
    }
    case 'satisfaction': {
      // A retried step reuses the link it already mailed; the answer finds the newest token by case and kind.
      const linkId = kase.answerLink?.round === round ? kase.answerLink.linkId : randomBytes(24).toString('base64url');
      if (kase.answerLink?.round !== round) {
        const expiresAt = new Date(now.getTime() + deps.config.answerLinkTtlHours * 3600_000).toISOString();
        await deps.tasks.putAnswerLink({ linkId, caseId: kase.caseId, caseNumber: kase.caseNumber, language: kase.language, expiresAt });
        await deps.cases.update(kase.caseId, { answerLink: { round, linkId } });
      }
      await deps.cases.transition(kase.caseId, 'awaitSatisfaction', {}, { actor: 'system:confirm', action: 'satisfaction.requested', detail: { round } });
      await sendCaseMail(
        deps,
        kase,
        'satisfaction-question',
        `satisfaction#${round}`,
        {
          caseNumber: kase.caseNumber,
          answerUrl: `${deps.config.publicBaseUrl.replace(/\/$/, '')}/answers/${linkId}`,
          respondWithinDays: Math.max(1, Math.round(deps.config.timeouts.satisfactionSeconds / 86400)),
        },
        'system:confirm',
      );
      await deps.events.publish(lifecycleEvent('case.satisfaction_requested', { caseId: kase.caseId, round }, now));
      return { ref: linkId };
    }
  }
}
