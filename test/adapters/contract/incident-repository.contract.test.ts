// IncidentRepository's contract, on every adapter: an incident is stored once per incidentId, and
// the ones detected since a time come back newest first, at most `limit` (50 unless told).
import { describe, expect, it } from '@jest/globals';
import type { Incident } from '../../../functions/domain/incidents/spike-detection';
import { repositoryAdapters } from '../../support/repository-adapters';
import { clockAt, T0 } from './fixtures';

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const incident = (minutes: number, over: Partial<Incident> = {}): Incident => ({
  incidentId: `fees_or_pricing:${minutes}`,
  category: 'fees_or_pricing',
  windowStart: at(minutes).toISOString(),
  windowMinutes: 60,
  count: 10,
  threshold: 10,
  detectedAt: at(minutes).toISOString(),
  ...over,
});

describe.each(repositoryAdapters(15956))('IncidentRepository %s', (_, make) => {
  const setup = async () => (await make(clockAt())).incidents;

  it('stores an incident once per incidentId', async () => {
    const incidents = await setup();
    expect(await incidents.recordIncident(incident(0))).toBe(true);
    expect(await incidents.recordIncident(incident(0, { count: 11 }))).toBe(false);
    expect(await incidents.listIncidentsSince(at(0))).toEqual([incident(0)]);
  });

  it('lists the incidents detected at or after `since`, newest first', async () => {
    const incidents = await setup();
    for (const minutes of [5, 0, 10, 2]) await incidents.recordIncident(incident(minutes));

    expect((await incidents.listIncidentsSince(at(2))).map((i) => i.incidentId)).toEqual(['fees_or_pricing:10', 'fees_or_pricing:5', 'fees_or_pricing:2']);
    expect(await incidents.listIncidentsSince(at(11))).toEqual([]);
  });

  it('returns at most `limit` incidents, the newest, 50 unless told', async () => {
    const incidents = await setup();
    for (let minutes = 0; minutes < 55; minutes++) await incidents.recordIncident(incident(minutes));

    expect((await incidents.listIncidentsSince(at(0), 2)).map((i) => i.incidentId)).toEqual(['fees_or_pricing:54', 'fees_or_pricing:53']);
    const all = await incidents.listIncidentsSince(at(0));
    expect(all).toHaveLength(50);
    expect(all.at(-1)?.incidentId).toBe('fees_or_pricing:5');
  });
});
