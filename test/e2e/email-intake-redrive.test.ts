// Email intake never drops a message, end to end on the local stack: with the intake function
// failing every attempt, a customer's email over SMTP ends up as a record in the failure queue
// (the same EventInvokeConfig CDK deploys) and opens no case; once the fault is lifted, one run
// of `npm run redrive-email -- --local` opens exactly one case, and running it again opens none.
import { GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mailsTo, startStack, TABLE, waitFor, waitForMail, type StackHandle, setFaults } from './local-stack-harness';

const ROOT = resolve(__dirname, '..', '..');
const SENDER = 'rosa.redrive@example.com';
const QUEUE_URL = (stack: StackHandle) => `${stack.sqs}/000000000000/EmailIntakeFailures`;

let stack: StackHandle;
let sqs: SQSClient;

beforeAll(async () => {
  stack = await startStack({ basePort: 15100 });
  sqs = new SQSClient({ region: 'us-east-1', endpoint: stack.sqs, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
});
afterAll(async () => {
  sqs?.destroy();
  await stack?.stop();
  stack?.cleanup();
});

async function queueDepth(): Promise<{ visible: number; hidden: number }> {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: QUEUE_URL(stack), AttributeNames: ['All'] }));
  return { visible: Number(Attributes!.ApproximateNumberOfMessages), hidden: Number(Attributes!.ApproximateNumberOfMessagesNotVisible) };
}

async function casesFrom(address: string): Promise<Record<string, any>[]> {
  const res = await stack.doc.send(
    new ScanCommand({
      TableName: TABLE,
      FilterExpression: 'entity = :case AND contact.email = :email',
      ExpressionAttributeValues: { ':case': 'case', ':email': address },
    }),
  );
  return res.Items ?? [];
}

interface RedriveRun {
  code: number;
  report: {
    results: { message: { bucket: string; key: string }; status: string; outcomes?: string[]; error?: string }[];
    recordsRemoved: number;
    recordsKept: number;
    recordsUnreadable: number;
  };
  stderr: string;
}

/** The operator's command, as its own process, pointed at this stack's ports. */
function runRedrive(...args: string[]): Promise<RedriveRun> {
  return new Promise((ok, fail) => {
    execFile(
      process.execPath,
      ['--disable-warning=NodeVersionSupportWarning', '--import', 'tsx', join(ROOT, 'scripts', 'redrive-email.ts'), '--local', '--json', ...args],
      { cwd: ROOT, env: { ...process.env, ...stack.env, AWS_REGION: 'us-east-1' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        try {
          ok({ code, report: JSON.parse(stdout.trim().split('\n').pop()!), stderr });
        } catch {
          fail(new Error(`redrive printed no report (exit ${code}):\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

describe('an email whose intake fails every attempt', () => {
  it('waits in the failure queue, and one redrive opens exactly one case; a second opens none', async () => {
    // Prepare: the intake function fails every time it runs
    await setFaults(stack, [{ function: 'EmailIntake', mode: 'permanent' }]);

    // Act: the customer writes in
    const transport = createTransport({ host: '127.0.0.1', port: stack.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: `"Rosa Martín" <${SENDER}>`,
      to: 'complaints@example.com',
      subject: 'Retiro bloqueado',
      text: 'Mi retiro de 120 USDT lleva dos días bloqueado y el soporte no contesta.',
      messageId: '<redrive-e2e-1@mail.example>',
    });
    transport.close();

    // Assess: three attempts, then a record of Lambda's on-failure shape in the queue; no case
    await waitFor('the failure record in the queue', async () => (await queueDepth()).visible === 1);
    // Peek without hiding it (visibility 0), so the redrive finds it.
    const peek = await sqs.send(new ReceiveMessageCommand({ QueueUrl: QUEUE_URL(stack), MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
    expect(peek.Messages).toHaveLength(1);
    const record = JSON.parse(peek.Messages![0]!.Body!);
    expect(record).toMatchObject({
      version: '1.0',
      requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 3, functionArn: expect.stringMatching(/:function:EmailIntakeFn:\$LATEST$/) },
      responseContext: { functionError: 'Unhandled' },
      requestPayload: { Records: [{ eventSource: 'aws:s3', s3: { object: { key: expect.stringMatching(/^inbound\//) } } }] },
    });
    const key = decodeURIComponent(record.requestPayload.Records[0].s3.object.key);
    // The record names the stored message, never its content.
    expect(peek.Messages![0]!.Body).not.toContain(SENDER);
    expect(peek.Messages![0]!.Body).not.toContain('USDT');
    expect(await casesFrom(SENDER)).toEqual([]);
    expect(await mailsTo(stack, SENDER)).toEqual([]);

    // Act: the fault is lifted and an operator runs the redrive
    await setFaults(stack, []);
    const first = await runRedrive();

    // Assess: the message is taken, its record removed, and one case opened and acknowledged
    expect(first.code).toBe(0);
    expect(first.report).toMatchObject({ recordsRemoved: 1, recordsKept: 0, recordsUnreadable: 0 });
    expect(first.report.results).toEqual([{ message: { bucket: expect.any(String), key }, status: 'taken', outcomes: ['complaint'] }]);
    expect(await queueDepth()).toEqual({ visible: 0, hidden: 0 });
    const opened = await casesFrom(SENDER);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ channel: 'email', contact: { name: 'Rosa Martín', email: SENDER } });
    await waitForMail(stack, SENDER, /RDR-/);

    // Act: the redrive again, from the (now empty) queue and by the message's key
    const again = await runRedrive();
    const byKey = await runRedrive('--key', key);

    // Assess: nothing new; the same Message-ID is the same case
    expect(again).toMatchObject({ code: 0, report: { results: [], recordsRemoved: 0 } });
    expect(byKey).toMatchObject({ code: 0, report: { results: [{ status: 'taken', outcomes: ['complaint'] }] } });
    const after = await casesFrom(SENDER);
    expect(after.map((c) => c.caseId)).toEqual([opened[0]!.caseId]);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await mailsTo(stack, SENDER)).filter((m) => /RDR-/.test(m.subject))).toHaveLength(1);
  });
});
