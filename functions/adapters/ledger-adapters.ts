// The operator's ledger, reached one of three ways chosen by config: an HTTP
// endpoint (the local fixture is one), a Lambda of theirs, or none at all
// (then investigation works from the complaint's own references only).
// Investigate asks for the customer by email alone and counts a transaction as
// the complainant's only when its `accountId` is theirs, so an operator's
// ledger must return `accountId` on every transaction (README: the ledger contract).
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { Ledger, LedgerCustomer, LedgerTransaction } from '../domain/ports';
import { fetchOperatorService, invokedJson } from './operator-service';

export class HttpLedger implements Ledger {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 5000,
  ) {}

  async findCustomer(query: { accountId?: string; email?: string }): Promise<LedgerCustomer | undefined> {
    const body = await this.post<{ customer?: LedgerCustomer }>('/customers/lookup', query);
    return body.customer;
  }

  async findTransactions(references: readonly string[]): Promise<LedgerTransaction[]> {
    const body = await this.post<{ transactions?: LedgerTransaction[] }>('/transactions/lookup', { references });
    return body.transactions ?? [];
  }

  private async post<T>(path: string, payload: unknown): Promise<T> {
    const res = await fetchOperatorService(
      'Ledger',
      this.baseUrl.replace(/\/$/, '') + path,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) },
      this.timeoutMs,
    );
    if (!res.ok) throw new Error(`Ledger refused the lookup: ${res.status}`);
    return (await res.json()) as T;
  }
}

export class LambdaLedger implements Ledger {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionArn: string,
  ) {}

  async findCustomer(query: { accountId?: string; email?: string }): Promise<LedgerCustomer | undefined> {
    return (await this.invoke<{ customer?: LedgerCustomer }>({ action: 'findCustomer', ...query })).customer;
  }

  async findTransactions(references: readonly string[]): Promise<LedgerTransaction[]> {
    return (await this.invoke<{ transactions?: LedgerTransaction[] }>({ action: 'findTransactions', references })).transactions ?? [];
  }

  private async invoke<T>(payload: unknown): Promise<T> {
    const res = await this.client.send(new InvokeCommand({ FunctionName: this.functionArn, Payload: new TextEncoder().encode(JSON.stringify(payload)) }));
    return invokedJson('Ledger function', res) as T;
  }
}

export const noLedger: Ledger = {
  findCustomer: async () => undefined,
  findTransactions: async () => [],
};
