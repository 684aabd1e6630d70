// Local mode's failure path, piece by piece, through the real AWS SDK clients: an async event
// that fails every attempt becomes an on-failure record of Lambda's shape in the SQS stand-in,
// the redrive adapters read and delete it, and the Lambda Invoke stand-in runs a function as
// Lambda answers RequestResponse calls.
import { LambdaClient } from '@aws-sdk/client-lambda';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LambdaEmailIntake } from '../../functions/adapters/lambda-email-intake';
import { s3EventFor, storedEmailsInFailureRecord } from '../../functions/adapters/s3-event';
import { SqsIntakeFailureQueue } from '../../functions/adapters/sqs-intake-failure-queue';
import { createAsyncInvoker } from '../../local/async-invocation';
import { startLambdaApi } from '../../local/lambda-api';
import type { InvokeResult } from '../../local/lambda-runtime';
import { startSqs, type LocalSqs } from '../../local/sqs';

const QUEUE = {
  name: 'EmailIntakeFailures',
  arn: 'arn:aws:sqs:us-east-1:000000000000:EmailIntakeFailures',
  visibilityTimeoutSeconds: 900,
  retentionSeconds: 1_209_600,
};
const FN = 'EmailIntakeFn';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const closeServer = (s: { close(cb: () => void): void }) => new Promise<void>((r) => s.close(() => r()));

let dataDir: string;
let sqs: LocalSqs;
let client: SQSClient;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redress-sqs-'));
  sqs = await startSqs({ port: 0, dataDir, region: 'us-east-1', queues: [QUEUE] });
  client = new SQSClient({ region: 'us-east-1', endpoint: sqs.url, credentials });
});
afterEach(async () => {
  client.destroy();
  await closeServer(sqs.server);
  rmSync(dataDir, { recursive: true, force: true });
});

const depth = async () => (await client.send(new GetQueueAttributesCommand({ QueueUrl: sqs.queueUrl(QUEUE.name), AttributeNames: ['All'] }))).Attributes!;

describe('an async event that fails every attempt, locally', () => {
  it("is tried three times, then recorded in the failure queue in Lambda's on-failure shape", async () => {
    // Prepare
    const calls: unknown[] = [];
    const invokeAsync = createAsyncInvoker({
      configs: [{ functionName: FN, maximumRetryAttempts: 2, onFailureQueue: QUEUE.name }],
      functionArn: () => `arn:aws:lambda:us-east-1:000000000000:function:${FN}`,
      invoke: async (_name, event) => (
        calls.push(event), { FunctionError: 'Unhandled', Payload: { errorType: 'InjectedPermanentFault', errorMessage: 'Injected permanent fault' } }
      ),
      sendToQueue: (queue, body) => void sqs.send(queue, body),
      log: () => {},
    });
    const event = s3EventFor({ bucket: 'redress-inboundmail', key: 'inbound/1765-abc def' }, 512);

    // Act
    await invokeAsync(FN, event);

    // Assess: through the SDK, as an operator would read it
    expect(calls).toHaveLength(3);
    expect(await depth()).toMatchObject({ ApproximateNumberOfMessages: '1', QueueArn: QUEUE.arn });
    const received = await client.send(
      new ReceiveMessageCommand({ QueueUrl: sqs.queueUrl(QUEUE.name), MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }),
    );
    expect(received.Messages).toHaveLength(1);
    const record = JSON.parse(received.Messages![0]!.Body!);
    expect(record).toEqual({
      version: '1.0',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      requestContext: {
        requestId: expect.any(String),
        functionArn: `arn:aws:lambda:us-east-1:000000000000:function:${FN}:$LATEST`,
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
      },
      requestPayload: event,
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: 'InjectedPermanentFault', errorMessage: 'Injected permanent fault' },
    });
    expect(received.Messages![0]!.Attributes).toMatchObject({ ApproximateReceiveCount: '1' });
    expect(storedEmailsInFailureRecord(received.Messages![0]!.Body!)).toEqual([{ bucket: 'redress-inboundmail', key: 'inbound/1765-abc def' }]);
  });

  it('leaves nothing in the queue when a retry succeeds', async () => {
    let n = 0;
    const invokeAsync = createAsyncInvoker({
      configs: [{ functionName: FN, maximumRetryAttempts: 2, onFailureQueue: QUEUE.name }],
      functionArn: () => undefined,
      invoke: async () => (++n < 3 ? { FunctionError: 'Unhandled', Payload: { errorType: 'TransientError' } } : { Payload: { outcomes: ['complaint'] } }),
      sendToQueue: (queue, body) => void sqs.send(queue, body),
      log: () => {},
    });
    await invokeAsync(FN, s3EventFor({ bucket: 'b', key: 'inbound/k' }));
    expect(n).toBe(3);
    expect((await depth()).ApproximateNumberOfMessages).toBe('0');
  });
});

describe('the failure queue adapter on the SQS stand-in', () => {
  it('hides a received record, deletes it on remove, and survives a restart of the stand-in', async () => {
    // Prepare: one record of ours and one that is not
    const record = {
      version: '1.0',
      requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 3 },
      requestPayload: s3EventFor({ bucket: 'b', key: 'inbound/one' }),
    };
    await client.send(new SendMessageCommand({ QueueUrl: sqs.queueUrl(QUEUE.name), MessageBody: JSON.stringify(record) }));
    await client.send(new SendMessageCommand({ QueueUrl: sqs.queueUrl(QUEUE.name), MessageBody: 'not json' }));
    await closeServer(sqs.server);
    sqs = await startSqs({ port: 0, dataDir, region: 'us-east-1', queues: [QUEUE] });
    client.destroy();
    client = new SQSClient({ region: 'us-east-1', endpoint: sqs.url, credentials });
    const queue = new SqsIntakeFailureQueue(client, sqs.queueUrl(QUEUE.name));

    // Act
    const batch = await queue.receive(10);

    // Assess
    expect(batch.map((r) => r.messages)).toEqual([[{ bucket: 'b', key: 'inbound/one' }], undefined]);
    expect(await queue.receive(10)).toEqual([]);
    expect(await depth()).toMatchObject({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '2' });
    await queue.remove(batch[0]!.receipt);
    expect(await depth()).toMatchObject({ ApproximateNumberOfMessagesNotVisible: '1' });
    await expect(queue.remove('bm90IGEgcmVjZWlwdA==')).rejects.toMatchObject({ name: 'ReceiptHandleIsInvalid' });
  });

  it('answers an unknown queue as SQS does', async () => {
    await expect(client.send(new SendMessageCommand({ QueueUrl: `${sqs.url}/000000000000/Nope`, MessageBody: 'x' }))).rejects.toMatchObject({
      name: 'QueueDoesNotExist',
    });
  });
});

describe('the Lambda Invoke stand-in', () => {
  it('runs a function and answers as Lambda does, errors by type only through the intake adapter', async () => {
    // Prepare
    const answers: Record<string, InvokeResult> = {
      'inbound/ok': { Payload: { outcomes: ['complaint'] } },
      'inbound/broken': { FunctionError: 'Unhandled', Payload: { errorType: 'TypeError', errorMessage: 'Cannot read properties of a customer text' } },
    };
    const api = await startLambdaApi({
      port: 0,
      exists: (name) => name === FN,
      invoke: async (_name, event) => answers[(event as ReturnType<typeof s3EventFor>).Records[0]!.s3.object.key]!,
      invokeAsync: async () => {},
      log: () => {},
    });
    const lambda = new LambdaClient({ region: 'us-east-1', endpoint: api.url, credentials });
    try {
      // Act + Assess
      expect(await new LambdaEmailIntake(lambda, FN).run({ bucket: 'b', key: 'inbound/ok' })).toEqual({ ok: true, outcomes: ['complaint'] });
      expect(await new LambdaEmailIntake(lambda, FN).run({ bucket: 'b', key: 'inbound/broken' })).toEqual({ ok: false, error: 'TypeError' });
      await expect(new LambdaEmailIntake(lambda, 'Missing').run({ bucket: 'b', key: 'inbound/ok' })).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
      });
    } finally {
      lambda.destroy();
      await closeServer(api.server);
    }
  });
});
