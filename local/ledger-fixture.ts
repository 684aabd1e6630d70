// The operator's ledger, locally: a seeded fixture served over the same HTTP
// protocol the HttpLedger adapter speaks on AWS.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { LedgerCustomer, LedgerTransaction } from '../functions/domain/ports';
import { listen, readBody, sendJson } from './http-util';

interface Fixture {
  customers: (LedgerCustomer & { email?: string })[];
  transactions: LedgerTransaction[];
}

export function loadLedgerFixture(path = join(__dirname, 'fixtures', 'ledger.json')): Fixture {
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

export async function startLedgerFixture(opts: { port: number; fixture?: Fixture }): Promise<{ server: Server; url: string }> {
  const fixture = opts.fixture ?? loadLedgerFixture();
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'POST') return sendJson(res, 405, { message: 'POST only' });
      const body = JSON.parse(await readBody(req)) as { accountId?: string; email?: string; references?: string[] };
      if (req.url === '/customers/lookup') {
        const found = fixture.customers.find((c) => (body.accountId && c.accountId === body.accountId) || (body.email && c.email?.toLowerCase() === body.email.toLowerCase()));
        if (!found) return sendJson(res, 200, {});
        const { email: _email, ...customer } = found;
        return sendJson(res, 200, { customer });
      }
      if (req.url === '/transactions/lookup') {
        const wanted = new Set((body.references ?? []).map((r) => r.toLowerCase()));
        return sendJson(res, 200, { transactions: fixture.transactions.filter((t) => wanted.has(t.reference.toLowerCase())) });
      }
      sendJson(res, 404, { message: 'Not found' });
    } catch (e) {
      sendJson(res, 400, { message: (e as Error).message });
    }
  });
  return { server, url: await listen(server, opts.port) };
}
