// The first step of an execution a person started to restart a stuck case
// (staff/stuck-cases.ts asked for it): the case takes the status the named
// step expects to find, and the workflow goes on from that step. Safe to
// retry: a case already moved to that status is left as it is.
import { RESUMABLE_STATUSES, TRANSITIONS, type ResumeStep, type TransitionName } from '../case/case';
import { IllegalTransitionError } from '../errors';
import { loadCase, type StepDeps } from './step-deps';

export const RESUME_TRANSITIONS: Readonly<Record<ResumeStep, TransitionName>> = {
  investigate: 'resumeAtInvestigate',
  findings: 'resumeAtFindings',
  resolve: 'resumeAtResolve',
  decision: 'resumeAtDecision',
  payout: 'resumeAtPayout',
  satisfaction: 'resumeAtSatisfaction',
};

export async function resumeCase(deps: Pick<StepDeps, 'cases'>, caseId: string, from: ResumeStep): Promise<{ resumed: true; status: string }> {
  const kase = await loadCase(deps.cases, caseId);
  const name = RESUME_TRANSITIONS[from];
  const { to } = TRANSITIONS[name];
  if (!RESUMABLE_STATUSES.includes(kase.status)) {
    // A retried step after its transition went through: the case already waits where it should.
    if (kase.status === to) return { resumed: true, status: to };
    throw new IllegalTransitionError(`${name}: the case is ${kase.status}, not stuck`);
  }
  const request = kase.pendingResume;
  await deps.cases.transition(
    caseId,
    name,
    { pendingResume: undefined, attentionReason: undefined },
    {
      actor: request ? `supervisor:${request.by}` : 'system:resume',
      action: 'case.resumed',
      detail: { from, ...(request ? { resume: request.n } : {}) },
    },
  );
  return { resumed: true, status: to };
}
