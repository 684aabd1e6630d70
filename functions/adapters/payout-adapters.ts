// The operator's payout service, reached one of three ways chosen by config:
// an HTTP endpoint (the local fixture is one), a Lambda of theirs taking the
// same payloads, or none (then a supervisor pays by hand and records the
// reference in the console). The contract is in the README ("The payout
// contract"): POST /payouts with an Idempotency-Key, GET /payouts/{key}.
import { InvokeCommand, type InvokeCommandOutput, type LambdaClient } from '@aws-sdk/client-lambda';
import { z } from 'zod';
import { TransientError } from '../domain/errors';
import type { PayoutAnswer, PayoutRequest, Payouts } from '../domain/ports';
import { fetchOperatorService, invokedJson } from './operator-service';

/** What we accept back: anything else is not an answer we can act on, so the step retries and then a person looks. */
const AnswerSchema = z.object({
  status: z.enum(['paid', 'pending', 'failed', 'not_found']),
  reference: z.string().max(200).optional(),
  reason: z.string().max(200).optional(),
  amount: z.string().max(60).optional(),
  asset: z.string().max(20).optional(),
  accountId: z.string().max(200).optional(),
});

function parseAnswer(raw: unknown): PayoutAnswer {
  const parsed = AnswerSchema.safeParse(raw);
  if (!parsed.success) throw new TransientError('Payout service answered in an unknown shape');
  return parsed.data;
}

export class HttpPayouts implements Payouts {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 8000,
  ) {}

  async request(key: string, request: PayoutRequest): Promise<PayoutAnswer> {
    return this.call('POST', '/payouts', key, request);
  }

  async status(key: string): Promise<PayoutAnswer> {
    return this.call('GET', `/payouts/${encodeURIComponent(key)}`);
  }

  private async call(method: 'GET' | 'POST', path: string, key?: string, body?: unknown): Promise<PayoutAnswer> {
    // A timeout after the request left is an unknown outcome (transient): the caller asks GET before
    // posting again. 409 is the service still working on the same key.
    const res = await fetchOperatorService(
      'Payout service',
      this.baseUrl.replace(/\/$/, '') + path,
      {
        method,
        headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}), ...(key ? { 'idempotency-key': key } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      },
      this.timeoutMs,
      [409],
    );
    if (method === 'GET' && res.status === 404) return { status: 'not_found' };
    if (!res.ok) throw new Error(`Payout service refused the ${method}: ${res.status}`);
    return parseAnswer(await res.json().catch(() => undefined));
  }
}

export class LambdaPayouts implements Payouts {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionArn: string,
  ) {}

  request(key: string, request: PayoutRequest): Promise<PayoutAnswer> {
    return this.invoke({ action: 'request', idempotencyKey: key, ...request });
  }

  status(key: string): Promise<PayoutAnswer> {
    return this.invoke({ action: 'status', idempotencyKey: key });
  }

  private async invoke(payload: unknown): Promise<PayoutAnswer> {
    let res: InvokeCommandOutput;
    try {
      res = await this.client.send(new InvokeCommand({ FunctionName: this.functionArn, Payload: new TextEncoder().encode(JSON.stringify(payload)) }));
    } catch (e) {
      throw new TransientError(`Payout function unreachable: ${(e as Error).name}`);
    }
    return parseAnswer(invokedJson('Payout function', res));
  }
}
