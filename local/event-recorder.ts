// An EventBridge PutEvents endpoint that records lifecycle events where tests
// and people can read them: appended to <dataDir>/events.jsonl and served at
// GET /events (optionally ?caseId=…&detailType=…).
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { listen, readBody, sendJson } from './http-util';

export interface RecordedEvent {
  id: string;
  time: string;
  source: string;
  detailType: string;
  eventBusName: string;
  detail: Record<string, unknown>;
}

export async function startEventRecorder(opts: { port: number; dataDir: string; buses: string[] }): Promise<{ server: Server; url: string }> {
  const file = join(opts.dataDir, 'events.jsonl');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/events') {
        const events = existsSync(file)
          ? readFileSync(file, 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l) as RecordedEvent)
          : [];
        const caseId = url.searchParams.get('caseId');
        const type = url.searchParams.get('detailType');
        return sendJson(
          res,
          200,
          events.filter((e) => (!caseId || e.detail.caseId === caseId) && (!type || e.detailType === type)),
        );
      }
      if (req.method === 'POST' && req.headers['x-amz-target'] === 'AWSEvents.PutEvents') {
        const body = JSON.parse(await readBody(req)) as { Entries: { Source: string; DetailType: string; Detail: string; EventBusName?: string }[] };
        const entries = body.Entries.map((e) => {
          const bus = e.EventBusName ?? 'default';
          if (bus !== 'default' && !opts.buses.includes(bus))
            return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${bus} does not exist` };
          const recorded: RecordedEvent = {
            id: randomUUID(),
            time: new Date().toISOString(),
            source: e.Source,
            detailType: e.DetailType,
            eventBusName: bus,
            detail: JSON.parse(e.Detail),
          };
          appendFileSync(file, JSON.stringify(recorded) + '\n');
          return { EventId: recorded.id };
        });
        return sendJson(res, 200, { FailedEntryCount: entries.filter((e) => 'ErrorCode' in e).length, Entries: entries }, 'application/x-amz-json-1.1');
      }
      sendJson(res, 404, { message: 'Not found' });
    } catch (e) {
      sendJson(res, 400, { __type: 'ValidationException', message: (e as Error).message });
    }
  });
  const url = await listen(server, opts.port);
  return { server, url };
}
