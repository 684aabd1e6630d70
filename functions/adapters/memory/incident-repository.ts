// Incidents in memory: stored once each, listed newest first and at most `limit`, as on DynamoDB.
import type { Incident } from '../../domain/incidents/spike-detection';
import type { IncidentRepository } from '../../domain/ports';
import { clone } from './clone';

export class InMemoryIncidentRepository implements IncidentRepository {
  readonly incidents = new Map<string, Incident>();

  async recordIncident(incident: Incident) {
    if (this.incidents.has(incident.incidentId)) return false;
    this.incidents.set(incident.incidentId, clone(incident));
    return true;
  }

  async listIncidentsSince(since: Date, limit = 50) {
    return [...this.incidents.values()]
      .filter((i) => i.detectedAt >= since.toISOString())
      .sort((a, b) => b.detectedAt.localeCompare(a.detectedAt))
      .slice(0, Math.max(0, limit))
      .map(clone);
  }
}
