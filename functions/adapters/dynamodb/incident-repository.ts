// Incidents on DynamoDB: one put-once item per incident, also in GSI1 under one key
// (`INCIDENTS`, by detection time) so the console reads the recent ones with one query.
import type { Incident } from '../../domain/incidents/spike-detection';
import type { IncidentRepository } from '../../domain/ports';
import { strip, type CaseTable } from './case-table';

const INCIDENTS = 'INCIDENTS';

export class DynamoDbIncidentRepository implements IncidentRepository {
  constructor(private readonly table: CaseTable) {}

  async recordIncident(incident: Incident): Promise<boolean> {
    return this.table.putOnce({
      PK: `INCIDENT#${incident.incidentId}`,
      SK: 'INCIDENT',
      GSI1PK: INCIDENTS,
      GSI1SK: incident.detectedAt,
      entity: 'incident',
      ...incident,
    });
  }

  async listIncidentsSince(since: Date, limit = 50): Promise<Incident[]> {
    const items = await this.table.queryUpTo(
      {
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK >= :since',
        ExpressionAttributeValues: { ':pk': INCIDENTS, ':since': since.toISOString() },
        ScanIndexForward: false,
      },
      limit,
    );
    return items.map((i) => strip<Incident>(i));
  }
}
