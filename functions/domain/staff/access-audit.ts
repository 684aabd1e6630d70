// Who opened which case, and when. Support agents selling customer records was the breach that
// started this product: every case a person opens is recorded on the case (visible to everyone
// who opens it after), and a person opening cases far faster than casework needs raises the
// `staff.bulk_access` event for the operator's alerting.
import { lifecycleEvent } from '../../../events/catalog';
import type { RedressConfig } from '../config';
import type { Clock, CounterRepository, EventPublisher, ViewRepository } from '../ports';
import { agentRef, type Actor } from './actor';

export interface CaseView {
  readonly caseId: string;
  readonly by: string;
  readonly at: string;
}

export interface AccessAuditDeps {
  readonly views: ViewRepository;
  readonly counters: CounterRepository;
  readonly events: EventPublisher;
  readonly clock: Clock;
  readonly config: RedressConfig;
}

const HOUR_SECONDS = 3600;

export async function recordCaseView(deps: AccessAuditDeps, actor: Actor, caseId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.views.recordView({ caseId, by: agentRef(actor), at: now.toISOString() });
  const views = await deps.counters.countInWindow(`views#${actor.userId}`, HOUR_SECONDS, now);
  // Exactly one view crosses the line, so the alert goes out once an hour at most.
  if (views === deps.config.staffAccess.alertAfterViewsPerHour) {
    await deps.events.publish(lifecycleEvent('staff.bulk_access', { staffId: actor.userId, views, windowMinutes: HOUR_SECONDS / 60 }, now));
  }
}
