// The customer's answer to "did we resolve it?". Opening the link only shows
// a page (mail scanners open links by themselves); this runs on the POST. The
// link is single use and expires, and the task token stays in our store.
import { z } from 'zod';
import type { AnswerLink, CaseRepository, Clock, Workflow } from '../ports';

export const SatisfactionAnswerSchema = z
  .object({
    answer: z.enum(['yes', 'no'], { message: 'Choose yes or no' }),
    rating: z.coerce.number().int().min(1, { message: 'Rate us from 1 to 5' }).max(5, { message: 'Rate us from 1 to 5' }).optional(),
    comment: z.string().trim().max(1000).optional(),
  })
  .strip();
export type SatisfactionAnswer = z.infer<typeof SatisfactionAnswerSchema>;

export interface AnswerDeps {
  readonly cases: CaseRepository;
  readonly workflow: Workflow;
  readonly clock: Clock;
}

export type AnswerOutcome = { kind: 'recorded'; link: AnswerLink } | { kind: 'link-invalid' };

/** The link a GET shows a confirmation page for, when it is still usable. */
export async function openAnswerLink(deps: Pick<AnswerDeps, 'cases' | 'clock'>, linkId: string): Promise<AnswerLink | undefined> {
  const link = await deps.cases.getAnswerLink(linkId);
  if (!link || link.usedAt || new Date(link.expiresAt) <= deps.clock.now()) return undefined;
  return link;
}

/**
 * The question is mailed just before the state machine stores its token, so a
 * very quick customer can arrive first: wait a moment for the token before
 * using up their single-use link.
 */
async function tokenIsStored(deps: AnswerDeps, caseId: string, linkId: string, attempts: number, pauseMs: number): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if ((await deps.cases.getTaskToken(caseId, 'satisfaction'))?.ref === linkId) return true;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return false;
}

export type AnswerResult = AnswerOutcome | { kind: 'not-ready'; link: AnswerLink };

export async function answerSatisfaction(deps: AnswerDeps, linkId: string, answer: SatisfactionAnswer, wait = { attempts: 20, pauseMs: 250 }): Promise<AnswerResult> {
  const open = await openAnswerLink(deps, linkId);
  if (!open) return { kind: 'link-invalid' };
  if (!(await tokenIsStored(deps, open.caseId, linkId, wait.attempts, wait.pauseMs))) return { kind: 'not-ready', link: open };
  const link = await deps.cases.consumeAnswerLink(linkId, deps.clock.now());
  if (!link) return { kind: 'link-invalid' };
  const pending = await deps.cases.consumeTaskToken(link.caseId, 'satisfaction', linkId);
  if (!pending) return { kind: 'link-invalid' };
  await deps.cases.appendTimeline(link.caseId, {
    actor: 'customer',
    action: 'satisfaction.answered',
    detail: { answer: answer.answer, ...(answer.rating ? { rating: answer.rating } : {}), comment: answer.comment ? 'given' : 'none' },
  });
  if (answer.comment) await deps.cases.update(link.caseId, { satisfactionComment: answer.comment });
  try {
    await deps.workflow.sendTaskSuccess(pending.taskToken, { answer: answer.answer, rating: answer.rating ?? null });
  } catch (error) {
    // The workflow stopped waiting (timed out and closed): the answer is on the timeline; the case is already settled.
    await deps.cases.appendTimeline(link.caseId, { actor: 'system:confirm', action: 'satisfaction.answer_late', detail: { error: (error as Error).name } });
  }
  return { kind: 'recorded', link };
}
