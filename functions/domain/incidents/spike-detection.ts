// Finding product problems before most customers report them: when complaints of one category
// arrive faster than usual (a stuck withdrawal queue, a broken login, a wave of takeovers), the
// team should hear of it as an incident, not case by case. Each classified complaint counts in a
// fixed window per category; the complaint that reaches the threshold opens the incident, once.
import { lifecycleEvent } from '../../../events/catalog';
import type { Category } from '../classification/types';
import type { RedressConfig } from '../config';
import type { Clock, CounterRepository, EventPublisher, IncidentRepository } from '../ports';

export interface Incident {
  /** `<category>:<window start, epoch seconds>`: one incident per category and window. */
  readonly incidentId: string;
  readonly category: Category;
  readonly windowStart: string;
  readonly windowMinutes: number;
  /** Complaints of the category in the window when it was detected. */
  readonly count: number;
  readonly threshold: number;
  readonly detectedAt: string;
}

export interface SpikeDeps {
  readonly counters: CounterRepository;
  readonly incidents: IncidentRepository;
  readonly events: EventPublisher;
  readonly clock: Clock;
  readonly config: RedressConfig;
}

/** Counts one classified complaint; returns the incident when this one opened it. */
export async function noteClassifiedComplaint(deps: SpikeDeps, category: Category): Promise<Incident | undefined> {
  const { enabled, windowMinutes, threshold, ignore } = deps.config.incidentDetection;
  if (!enabled || ignore.includes(category)) return undefined;
  const now = deps.clock.now();
  const windowSeconds = windowMinutes * 60;
  const count = await deps.counters.countInWindow(`trend#${category}`, windowSeconds, now);
  // The counter is atomic: exactly one complaint sees the threshold, so the incident opens once.
  if (count !== threshold) return undefined;
  const windowStartSeconds = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
  const incident: Incident = {
    incidentId: `${category}:${windowStartSeconds}`,
    category,
    windowStart: new Date(windowStartSeconds * 1000).toISOString(),
    windowMinutes,
    count,
    threshold,
    detectedAt: now.toISOString(),
  };
  if (await deps.incidents.recordIncident(incident)) {
    await deps.events.publish(lifecycleEvent('incident.suspected', { incidentId: incident.incidentId, category, windowMinutes, count, threshold }, now));
  }
  return incident;
}
