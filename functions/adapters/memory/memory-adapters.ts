// In-memory stand-ins for the ports that are not the case table (mail, events, workflow, ledger,
// payouts, clock), for use case tests. The case table's repositories are in this folder's
// `*-repository.ts` files (see repositories.ts).
import { TransientError } from '../../domain/errors';
import type {
  Clock,
  EventPublisher,
  Ledger,
  LedgerCustomer,
  LedgerTransaction,
  Mailer,
  OutgoingMail,
  PayoutAnswer,
  PayoutRequest,
  Payouts,
  Workflow,
} from '../../domain/ports';
import { clone } from './clone';
import type { LifecycleEvent } from '../../../events/catalog';

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail) {
    this.sent.push(clone(mail));
    return { messageId: `m-${this.sent.length}` };
  }
}

export class RecordingEventPublisher implements EventPublisher {
  readonly events: LifecycleEvent[] = [];
  async publish(event: LifecycleEvent) {
    this.events.push(clone(event));
  }
}

export class RecordingWorkflow implements Workflow {
  readonly started: { executionName: string; input: unknown }[] = [];
  readonly completed: { taskToken: string; output: unknown }[] = [];
  failStart = false;
  async start(executionName: string, input: unknown) {
    if (this.failStart) throw Object.assign(new Error('service unavailable'), { name: 'ServiceUnavailable' });
    const alreadyRunning = this.started.some((s) => s.executionName === executionName);
    if (!alreadyRunning) this.started.push({ executionName, input: clone(input) });
    return { executionArn: `arn:local:execution:${executionName}`, alreadyRunning };
  }
  async sendTaskSuccess(taskToken: string, output: unknown) {
    if (this.failTaskSuccess) throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
    this.completed.push({ taskToken, output: clone(output) });
  }
  async sendTaskFailure(taskToken: string, error: string) {
    this.completed.push({ taskToken, output: { error } });
  }
  async status(executionName: string) {
    return this.statuses.get(executionName) ?? (this.started.some((s) => s.executionName === executionName) ? 'RUNNING' : undefined);
  }
  readonly statuses = new Map<string, string>();
  failTaskSuccess = false;
}

export class FixtureLedger implements Ledger {
  constructor(
    private readonly customers: (LedgerCustomer & { email?: string })[] = [],
    private readonly transactions: LedgerTransaction[] = [],
  ) {}
  /** Like local/ledger-fixture.ts: every field asked for must match. */
  async findCustomer(query: { accountId?: string; email?: string }) {
    if (!query.accountId && !query.email) return undefined;
    const found = this.customers.find(
      (c) => (!query.accountId || c.accountId === query.accountId) && (!query.email || c.email?.toLowerCase() === query.email.toLowerCase()),
    );
    if (!found) return undefined;
    const { email: _email, ...customer } = found;
    return clone(customer);
  }
  async findTransactions(references: readonly string[]) {
    const wanted = new Set(references.map((r) => r.toLowerCase()));
    return this.transactions.filter((t) => wanted.has(t.reference.toLowerCase()));
  }
}

/**
 * The payout service in memory, as local/payout-fixture.ts behaves: idempotent by key, and
 * scriptable to fail, answer pending, echo a wrong amount, or record a credit and then lose the
 * answer (`crashAfterCredit`: the POST throws as a timeout would, after the credit was made).
 */
export class InMemoryPayouts implements Payouts {
  readonly credits = new Map<string, PayoutRequest & { status: 'paid' | 'pending' | 'failed'; reference?: string; reason?: string }>();
  readonly calls: string[] = [];
  behaviour: 'pay' | 'fail' | 'pending' | 'mismatch' = 'pay';
  crashAfterCredit = 0;
  unreachable = 0;

  async request(key: string, request: PayoutRequest): Promise<PayoutAnswer> {
    this.calls.push(`POST ${key}`);
    if (this.unreachable > 0 && this.unreachable--) throw new TransientError('Payout service unreachable: TimeoutError');
    let record = this.credits.get(key);
    if (!record) {
      const status = this.behaviour === 'fail' ? 'failed' : this.behaviour === 'pending' ? 'pending' : 'paid';
      record = {
        ...request,
        status,
        ...(status === 'paid' ? { reference: `REF-${this.credits.size + 1}` } : {}),
        ...(status === 'failed' ? { reason: 'account_restricted' } : {}),
      };
      this.credits.set(key, record);
    }
    if (this.crashAfterCredit > 0 && this.crashAfterCredit--) throw new TransientError('Payout service unreachable: TimeoutError');
    const answer = this.answer(record);
    return this.behaviour === 'mismatch' ? { ...answer, amount: `${answer.amount}1` } : answer;
  }

  async status(key: string): Promise<PayoutAnswer> {
    this.calls.push(`GET ${key}`);
    const record = this.credits.get(key);
    if (!record) return { status: 'not_found' };
    if (record.status === 'pending' && this.behaviour === 'pay') Object.assign(record, { status: 'paid', reference: `REF-${this.credits.size}` });
    return this.answer(record);
  }

  /** Credits actually paid, for "exactly once" checks. */
  paid(): string[] {
    return [...this.credits.entries()].filter(([, r]) => r.status === 'paid').map(([k]) => k);
  }

  private answer(r: PayoutRequest & { status: 'paid' | 'pending' | 'failed'; reference?: string; reason?: string }): PayoutAnswer {
    return {
      status: r.status,
      amount: r.amount,
      asset: r.asset,
      accountId: r.accountId,
      ...(r.reference ? { reference: r.reference } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    };
  }
}

export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}
