// What every workflow step receives. Steps are called by the state machine
// with a case id and load everything else from the case store.
import type { Case } from '../case/case';
import type { RedressConfig } from '../config';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { CaseNotFoundError } from '../errors';
import type { CaseRepository, Clock, EventPublisher, Mailer, Repositories } from '../ports';

/** Every port a step may use; each step names the ones it does (`Pick<StepDeps, …>`). */
export interface StepDeps extends Repositories {
  readonly mailer: Mailer;
  readonly events: EventPublisher;
  readonly clock: Clock;
  readonly config: RedressConfig;
  /** Help articles for automatic answers. @default the articles in knowledge/articles.json */
  readonly knowledge?: KnowledgeBase;
}

export async function loadCase(cases: Pick<CaseRepository, 'getCase'>, caseId: string): Promise<Case> {
  const kase = await cases.getCase(caseId);
  if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
  return kase;
}

export function timeFrameHoursFor(kase: Case, config: RedressConfig): number {
  return kase.channel === 'email' ? config.timeFrames.emailHours : config.timeFrames.webHours;
}
