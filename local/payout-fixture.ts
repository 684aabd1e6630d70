// The operator's payout service, locally: the HTTP contract the HttpPayouts
// adapter speaks on AWS (README: "The payout contract"), with its credits kept
// under the data dir so they survive kill -9. Its behaviour is set through the
// local fault switch (`{"service": "payout", "behaviour": …}` rules) so tests
// can make it fail, time out, answer pending, echo a wrong amount, or record a
// credit and then never answer (a crash between its commit and its reply).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { listen, readBody, sendJson } from './http-util';

export const PAYOUT_BEHAVIOURS = ['pay', 'fail', 'timeout', 'pending', 'pause-after-credit', 'mismatch'] as const;
export type PayoutBehaviour = (typeof PAYOUT_BEHAVIOURS)[number];

/** A fault-switch rule addressed to the payout fixture rather than to a function. */
export interface PayoutServiceRule {
  readonly service: 'payout';
  readonly behaviour: PayoutBehaviour;
}

export const isPayoutServiceRule = (rule: unknown): rule is PayoutServiceRule =>
  typeof rule === 'object' && rule !== null && (rule as { service?: unknown }).service === 'payout';

export interface PayoutRecordOnFile {
  readonly key: string;
  readonly accountId: string;
  readonly amount: string;
  readonly asset: string;
  readonly caseNumber: string;
  status: 'paid' | 'pending' | 'failed';
  reference?: string;
  reason?: string;
  readonly at: string;
}

export interface PayoutFixture {
  readonly server: Server;
  readonly url: string;
  setBehaviour(behaviour: PayoutBehaviour): void;
  behaviour(): PayoutBehaviour;
  /** Every payout it recorded, credits and failures, in order. */
  records(): PayoutRecordOnFile[];
  /** Requests held open (timeout, pause-after-credit); ended at close. */
  close(): void;
}

export async function startPayoutFixture(opts: { port: number; dataDir: string; behaviour?: PayoutBehaviour }): Promise<PayoutFixture> {
  const file = join(opts.dataDir, 'payouts.json');
  const load = (): PayoutRecordOnFile[] => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PayoutRecordOnFile[]) : []);
  let records = load();
  // Written before answering, atomically: a credit recorded is a credit kept, whatever dies next.
  const persist = () => {
    writeFileSync(`${file}.tmp`, JSON.stringify(records, null, 1));
    renameSync(`${file}.tmp`, file);
  };
  let behaviour: PayoutBehaviour = opts.behaviour ?? 'pay';
  const held = new Set<{ destroy(): void }>();
  // The contract's answer: the record without what only the fixture keeps (key, case number, time).
  const answer = ({ key: _key, caseNumber: _caseNumber, at: _at, ...contract }: PayoutRecordOnFile) => contract;

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      const hold = () => {
        held.add(res);
        res.on('close', () => held.delete(res));
      };
      if (req.method === 'GET' && url.pathname.startsWith('/payouts/')) {
        const key = decodeURIComponent(url.pathname.slice('/payouts/'.length));
        const found = records.find((r) => r.key === key);
        if (!found) return sendJson(res, 404, { status: 'not_found' });
        // A pending payout settles once the service is healthy again.
        if (found.status === 'pending' && behaviour === 'pay') {
          found.status = 'paid';
          found.reference = `PAY-${randomBytes(6).toString('hex').toUpperCase()}`;
          persist();
        }
        return sendJson(res, 200, answer(found));
      }
      if (req.method === 'POST' && url.pathname === '/payouts') {
        const key = String(req.headers['idempotency-key'] ?? '');
        const body = JSON.parse(await readBody(req)) as { accountId?: string; amount?: string; asset?: string; caseNumber?: string };
        if (!/^c[0-9a-f]{31}\.p\d+\.\d+$/.test(key)) return sendJson(res, 400, { message: 'Idempotency-Key <caseId>.<proposalId>.<attempt> is required' });
        if (!body.accountId || !body.amount || !body.asset || !body.caseNumber)
          return sendJson(res, 400, { message: 'accountId, amount, asset and caseNumber are required' });
        const existing = records.find((r) => r.key === key);
        if (existing) {
          // Same key, same payout: never a second credit. A different body under a used key is refused.
          if (existing.accountId !== body.accountId || existing.amount !== body.amount || existing.asset !== body.asset)
            return sendJson(res, 422, { message: 'Idempotency-Key already used for another payout' });
          return sendJson(res, 200, answer(existing));
        }
        if (behaviour === 'timeout') return hold();
        const record: PayoutRecordOnFile = {
          key,
          accountId: body.accountId,
          amount: body.amount,
          asset: body.asset,
          caseNumber: body.caseNumber,
          at: new Date().toISOString(),
          status: behaviour === 'fail' ? 'failed' : behaviour === 'pending' ? 'pending' : 'paid',
          ...(behaviour === 'fail' ? { reason: 'account_restricted' } : {}),
          ...(behaviour === 'pay' || behaviour === 'pause-after-credit' || behaviour === 'mismatch'
            ? { reference: `PAY-${randomBytes(6).toString('hex').toUpperCase()}` }
            : {}),
        };
        records.push(record);
        persist();
        if (behaviour === 'pause-after-credit') return hold();
        if (behaviour === 'mismatch') return sendJson(res, 201, { ...answer(record), amount: `${record.amount}1` });
        return sendJson(res, 201, answer(record));
      }
      sendJson(res, 404, { message: 'Not found' });
    } catch (e) {
      sendJson(res, 400, { message: (e as Error).message });
    }
  });
  const url = await listen(server, opts.port);
  return {
    server,
    url,
    setBehaviour: (b) => void (behaviour = b),
    behaviour: () => behaviour,
    records: () => (records = load()).map((r) => ({ ...r })),
    close: () => held.forEach((r) => r.destroy()),
  };
}
