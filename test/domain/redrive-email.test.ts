// The redrive use case with in-memory ports: a queue record is removed only once every message
// in it was taken; anything that fails again, is told to wait, or cannot be read stays queued.
import { describe, expect, it } from '@jest/globals';
import type { EmailIntake, IntakeFailure, IntakeFailureQueue, StoredEmail } from '../../functions/domain/ports';
import { redriveEmail } from '../../functions/domain/use-cases/redrive-email';

/** SQS's behaviour that matters here: a received record stays hidden until removed or the run ends. */
class FakeFailureQueue implements IntakeFailureQueue {
  private readonly records = new Map<string, { messages: StoredEmail[] | undefined; hidden: boolean }>();
  private next = 0;
  add(messages: StoredEmail[] | undefined): void {
    this.records.set(`r${++this.next}`, { messages, hidden: false });
  }
  async receive(max: number): Promise<IntakeFailure[]> {
    const visible = [...this.records.entries()].filter(([, r]) => !r.hidden).slice(0, max);
    for (const [, r] of visible) r.hidden = true;
    return visible.map(([receipt, r]) => ({ receipt, messages: r.messages }));
  }
  async remove(receipt: string): Promise<void> {
    this.records.delete(receipt);
  }
  /** The visibility timeout ends. */
  reappear(): void {
    for (const r of this.records.values()) r.hidden = false;
  }
  get size(): number {
    return this.records.size;
  }
}

class FakeIntake implements EmailIntake {
  readonly runs: string[] = [];
  constructor(private readonly answer: (key: string) => Awaited<ReturnType<EmailIntake['run']>>) {}
  async run(message: StoredEmail) {
    this.runs.push(message.key);
    return this.answer(message.key);
  }
}

const at = (key: string): StoredEmail => ({ bucket: 'inbound-mail', key });
const taken = () => ({ ok: true as const, outcomes: ['complaint'] });

describe('redriving failed email intakes', () => {
  it('takes every queued message and removes its record, once the intake took it', async () => {
    // Prepare
    const queue = new FakeFailureQueue();
    for (let i = 0; i < 23; i++) queue.add([at(`inbound/m${i}`)]);
    const intake = new FakeIntake(taken);

    // Act
    const report = await redriveEmail({ intake, failures: queue }, { fromQueue: true });

    // Assess
    expect(intake.runs).toHaveLength(23);
    expect(report).toMatchObject({ recordsRemoved: 23, recordsKept: 0, recordsUnreadable: 0 });
    expect(report.results.every((r) => r.status === 'taken')).toBe(true);
    expect(queue.size).toBe(0);
  });

  it.each([
    ['fails again', (): Awaited<ReturnType<EmailIntake['run']>> => ({ ok: false, error: 'TransientError' }), 'failed'],
    ['is rate limited', (): Awaited<ReturnType<EmailIntake['run']>> => ({ ok: true, outcomes: ['ignored:rate_limited'] }), 'later'],
  ])('keeps the record of a message that %s, for the next run', async (_what, answer, status) => {
    const queue = new FakeFailureQueue();
    queue.add([at('inbound/bad')]);
    queue.add([at('inbound/good')]);
    const intake = new FakeIntake((key) => (key === 'inbound/bad' ? answer() : taken()));

    const report = await redriveEmail({ intake, failures: queue }, { fromQueue: true });

    expect(report.results.find((r) => r.message.key === 'inbound/bad')?.status).toBe(status);
    expect(report).toMatchObject({ recordsRemoved: 1, recordsKept: 1 });
    expect(queue.size).toBe(1);
    // The next run, once the record reappears, takes it when the intake does.
    queue.reappear();
    const again = await redriveEmail({ intake: new FakeIntake(taken), failures: queue }, { fromQueue: true });
    expect(again.recordsRemoved).toBe(1);
    expect(queue.size).toBe(0);
  });

  it('counts a taken message whatever the intake decided (a reply, machine mail ignored)', async () => {
    const queue = new FakeFailureQueue();
    queue.add([at('inbound/reply')]);
    queue.add([at('inbound/auto')]);
    const intake = new FakeIntake((key) => ({ ok: true, outcomes: [key === 'inbound/reply' ? 'reply' : 'ignored:auto_submitted'] }));
    expect(await redriveEmail({ intake, failures: queue }, { fromQueue: true })).toMatchObject({ recordsRemoved: 2, recordsKept: 0 });
  });

  it('leaves a record it cannot read for a person, and runs nothing for it', async () => {
    const queue = new FakeFailureQueue();
    queue.add(undefined);
    queue.add([]);
    const intake = new FakeIntake(taken);
    expect(await redriveEmail({ intake, failures: queue }, { fromQueue: true })).toMatchObject({ recordsUnreadable: 2, recordsRemoved: 0 });
    expect(intake.runs).toEqual([]);
    expect(queue.size).toBe(2);
  });

  it('runs a message once per run, however many records name it', async () => {
    const queue = new FakeFailureQueue();
    queue.add([at('inbound/twice')]);
    queue.add([at('inbound/twice')]);
    const intake = new FakeIntake(taken);
    const report = await redriveEmail({ intake, failures: queue }, { messages: [at('inbound/twice')], fromQueue: true });
    expect(intake.runs).toEqual(['inbound/twice']);
    expect(report).toMatchObject({ recordsRemoved: 2 });
  });

  it('runs given messages without touching the queue', async () => {
    const queue = new FakeFailureQueue();
    queue.add([at('inbound/queued')]);
    const intake = new FakeIntake(taken);
    const report = await redriveEmail({ intake, failures: queue }, { messages: [at('inbound/given')] });
    expect(intake.runs).toEqual(['inbound/given']);
    expect(report.recordsRemoved).toBe(0);
    expect(queue.size).toBe(1);
  });

  it('stops after maxRecords', async () => {
    const queue = new FakeFailureQueue();
    for (let i = 0; i < 15; i++) queue.add([at(`inbound/m${i}`)]);
    const report = await redriveEmail({ intake: new FakeIntake(taken), failures: queue }, { fromQueue: true, maxRecords: 12 });
    expect(report.recordsRemoved).toBe(12);
    expect(queue.size).toBe(3);
  });
});
