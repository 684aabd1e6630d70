// The fault switch crashing a real step right after its first side effect, on
// `npm start`'s stack: the Acknowledge Lambda dies after its first write, Step
// Functions retries it, and the customer still gets exactly one
// acknowledgement. GET /_local/effects shows what each attempt changed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  caseItem,
  history,
  mailsTo,
  openComplaint,
  simpleComplaint,
  startStack,
  waitFor,
  type StackHandle,
  localControl,
  type EffectLogEntry,
} from './local-stack-harness';

let stack: StackHandle;

beforeAll(async () => {
  stack = await startStack({ basePort: 15200, retryIntervalMs: 20 });
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

const control = (method: 'GET' | 'PUT' | 'DELETE', path: string, body?: unknown) => localControl(stack, method, path, body);

describe('a fault after a side effect, on the local stack', () => {
  it('refuses a malformed rule with 400', async () => {
    const res = await control('PUT', '/_local/faults', [{ function: 'AcknowledgeFn', afterEffect: 0 }]);
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/afterEffect/);
  });

  const email = 'after-effect-ack@example.com';
  let caseId: string;
  const acknowledgeAttempts = async () =>
    ((await control('GET', '/_local/effects')).json as EffectLogEntry[]).filter((e) => e.function.startsWith('AcknowledgeFn'));

  it('Acknowledge is cut off right after its first write, reports TransientError, and is retried', async () => {
    // Prepare
    expect((await control('PUT', '/_local/faults', [{ function: 'AcknowledgeFn', afterEffect: 1 }])).status).toBe(200);
    expect((await control('DELETE', '/_local/effects')).json).toEqual([]);

    // Act
    ({ caseId } = await openComplaint(stack, simpleComplaint(email), 'fault-after-effect-ack'));
    const attempts = await waitFor('a finished retry of Acknowledge', async () => {
      const found = await acknowledgeAttempts();
      return found.length >= 2 && found[1]!.ok !== undefined ? found : undefined;
    });

    // Assess: the first attempt made one effect (a DynamoDB write) and nothing after it.
    expect(attempts[0]).toMatchObject({ ok: false, error: 'TransientError', fault: `Injected fault after effect 1 (${attempts[0]!.effects[0]})` });
    expect(attempts[0]!.effects).toHaveLength(1);
    expect(attempts[0]!.effects[0]).toMatch(/^dynamodb:/);
    const failures = (await history(stack, caseId)).filter((e) => e.type === 'TaskFailed');
    expect(failures[0]!.taskFailedEventDetails?.error).toBe('TransientError');
    expect(JSON.parse(failures[0]!.taskFailedEventDetails!.cause!).errorMessage).toBe(attempts[0]!.fault);
    // The rule healed after one invocation.
    expect((await control('GET', '/_local/faults')).json).toEqual([{ function: 'AcknowledgeFn', mode: 'transient', afterEffect: 1, times: 0 }]);
    // Labels and step codes only: nothing the customer typed.
    expect(JSON.stringify((await control('GET', '/_local/effects')).json)).not.toContain(email);
  }, 120_000);

  it('the case still ends with exactly one acknowledgement mail', async () => {
    // Either the retry mails the customer, or the case lands in front of a person (with the reason why).
    const outcome = await waitFor('the acknowledgement or needs-attention', async () => {
      if ((await mailsTo(stack, email)).some((m) => /We received your complaint/.test(m.subject))) return { status: 'mailed' };
      const kase = await caseItem(stack, caseId);
      return kase.status === 'needs_attention' ? { status: kase.status, reason: kase.attentionReason } : undefined;
    });
    expect(outcome).toEqual({ status: 'mailed' });
    // The steps after Acknowledge have run, so a second acknowledgement would have been sent by now.
    await waitFor('the step after Acknowledge', async () =>
      (await history(stack, caseId)).some((e) => e.type === 'TaskStateEntered' && e.stateEnteredEventDetails?.name === 'Classify'),
    );
    expect((await mailsTo(stack, email)).filter((m) => /We received your complaint/.test(m.subject))).toHaveLength(1);
    const attempts = await acknowledgeAttempts();
    expect(attempts.at(-1)).toMatchObject({ ok: true });
    expect(attempts.flatMap((a) => a.effects).filter((e) => e === 'ses:SendEmail')).toHaveLength(1);
  }, 120_000);
});
