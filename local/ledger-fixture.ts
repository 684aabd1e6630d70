// The operator's ledger, locally: a seeded fixture served over the same HTTP
// protocol the HttpLedger adapter speaks on AWS.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { listen, readBody, sendJson } from './http-util';

// The fixture speaks the ledger's HTTP contract (README: the ledger contract) with types of its
// own: local mode runs the bundles CDK built, not the sources, so nothing here reaches into functions/.
/** What the fixture needs of a customer; it answers with the rest of the record as stored. */
interface LedgerCustomer {
  readonly accountId: string;
  readonly email?: string;
  readonly [field: string]: unknown;
}

/** What the fixture needs of a transaction (the contract's fields pass through as stored). */
interface LedgerTransaction {
  readonly reference: string;
  readonly [field: string]: unknown;
}

interface Fixture {
  customers: LedgerCustomer[];
  transactions: LedgerTransaction[];
}

export function loadLedgerFixture(path = join(__dirname, 'fixtures', 'ledger.json')): Fixture {
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

/**
 * The mailbox an address delivers to: the fixture reads `alice+tag@example.com` as
 * `alice@example.com`, as many mail providers do, so tests can give each case of one
 * customer its own inbox. A real ledger decides for itself which addresses are a customer's.
 */
const mailbox = (email: string) =>
  email
    .trim()
    .toLowerCase()
    .replace(/\+[^@]*@/, '@');

/**
 * Alice (ACC-1001) has one listed failed withdrawal, and Redress refunds a transaction's fee once.
 * So that every demo and test complaint can quote a failed withdrawal of its own, the fixture also
 * answers for a family of them: any Ethereum hash starting 0xfa11ed is ACC-1001's failed 250 USDT
 * withdrawal with a 4.5 USDT fee charged.
 */
export const GENERATED_FAILED_WITHDRAWAL = /^0xfa11ed[0-9a-f]{58}$/;

function generatedFailedWithdrawal(reference: string): LedgerTransaction {
  const failed = { chain: 'ethereum', status: 'failed', direction: 'withdrawal', accountId: 'ACC-1001', createdAt: '2026-11-20T09:12:00Z' };
  return { reference, ...failed, amount: '250', asset: 'USDT', feeCharged: '4.5' };
}

export async function startLedgerFixture(opts: { port: number; fixture?: Fixture }): Promise<{ server: Server; url: string }> {
  const fixture = opts.fixture ?? loadLedgerFixture();
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'POST') return sendJson(res, 405, { message: 'POST only' });
      const body = JSON.parse(await readBody(req)) as { accountId?: string; email?: string; references?: string[] };
      if (req.url === '/customers/lookup') {
        // Every field asked for must match: an account id and an email of two customers find nobody.
        const found =
          body.accountId || body.email
            ? fixture.customers.find(
                (c) =>
                  (!body.accountId || c.accountId === body.accountId) && (!body.email || (c.email !== undefined && mailbox(c.email) === mailbox(body.email))),
              )
            : undefined;
        if (!found) return sendJson(res, 200, {});
        const { email: _email, ...customer } = found;
        return sendJson(res, 200, { customer });
      }
      if (req.url === '/transactions/lookup') {
        const wanted = new Set((body.references ?? []).map((r) => r.toLowerCase()));
        const listed = fixture.transactions.filter((t) => wanted.has(t.reference.toLowerCase()));
        const generated = [...wanted]
          .filter((r) => GENERATED_FAILED_WITHDRAWAL.test(r) && !listed.some((t) => t.reference.toLowerCase() === r))
          .map(generatedFailedWithdrawal);
        return sendJson(res, 200, { transactions: [...listed, ...generated] });
      }
      sendJson(res, 404, { message: 'Not found' });
    } catch (e) {
      sendJson(res, 400, { message: (e as Error).message });
    }
  });
  return { server, url: await listen(server, opts.port) };
}
