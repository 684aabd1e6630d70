// A stand-in of SQS for the queues in the cloud assembly (today: the email intake's failure
// queue), speaking the JSON protocol @aws-sdk/client-sqs uses (`x-amz-target: AmazonSQS.<Op>`,
// application/x-amz-json-1.0). Enough of it for Lambda's on-failure destination and a redrive:
// SendMessage, ReceiveMessage (visibility timeout, short wait), DeleteMessage, GetQueueAttributes
// and GetQueueUrl. Each queue is a JSON file under <dataDir>/sqs, so records survive a restart.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { LOCAL_ACCOUNT, type LocalQueue } from './cloud-assembly';
import { listen, readBody, sendJson } from './http-util';

interface StoredMessage {
  messageId: string;
  body: string;
  md5: string;
  sentAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  visibleAt: number;
  /** Every receipt handle handed out for it: SQS accepts a delete with any of them. */
  receipts: string[];
}

export interface LocalSqs {
  readonly server: Server;
  readonly url: string;
  /** The queue's URL, as GetQueueUrl and a redrive use it. */
  queueUrl(queueName: string): string;
  /** What Lambda's on-failure destination does: puts one message on a queue. */
  send(queueName: string, body: string): string;
}

class SqsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

export async function startSqs(opts: { port: number; dataDir: string; region: string; queues: readonly LocalQueue[] }): Promise<LocalSqs> {
  const dir = join(opts.dataDir, 'sqs');
  mkdirSync(dir, { recursive: true });
  const byName = new Map(opts.queues.map((q) => [q.name, q]));
  const fileOf = (name: string) => join(dir, `${name}.json`);
  const load = (name: string): StoredMessage[] => (existsSync(fileOf(name)) ? (JSON.parse(readFileSync(fileOf(name), 'utf8')) as StoredMessage[]) : []);
  const save = (name: string, messages: StoredMessage[]) => {
    const tmp = `${fileOf(name)}.tmp`;
    writeFileSync(tmp, JSON.stringify(messages));
    renameSync(tmp, fileOf(name));
  };
  /** The queue's messages, less those past its retention period. */
  const live = (queue: LocalQueue): StoredMessage[] => load(queue.name).filter((m) => Date.now() - m.sentAt < queue.retentionSeconds * 1000);

  let baseUrl = '';
  const queueUrl = (name: string) => `${baseUrl}/${LOCAL_ACCOUNT}/${name}`;
  const queueFor = (url: unknown): LocalQueue => {
    const name =
      String(url ?? '')
        .split('/')
        .pop() ?? '';
    const queue = byName.get(name);
    if (!queue) throw new SqsError('com.amazonaws.sqs#QueueDoesNotExist', 'The specified queue does not exist.');
    return queue;
  };

  const send = (queueName: string, body: string): string => {
    const queue = byName.get(queueName);
    if (!queue) throw new SqsError('com.amazonaws.sqs#QueueDoesNotExist', 'The specified queue does not exist.');
    const now = Date.now();
    const message: StoredMessage = { messageId: randomUUID(), body, md5: md5(body), sentAt: now, receiveCount: 0, visibleAt: now, receipts: [] };
    save(queue.name, [...live(queue), message]);
    return message.messageId;
  };

  const receive = (queue: LocalQueue, max: number, visibilitySeconds: number, attributeNames: readonly string[]) => {
    const now = Date.now();
    const messages = live(queue);
    const taken = messages.filter((m) => m.visibleAt <= now).slice(0, max);
    for (const m of taken) {
      m.receiveCount += 1;
      m.firstReceivedAt ??= now;
      m.visibleAt = now + visibilitySeconds * 1000;
      m.receipts.push(Buffer.from(`${m.messageId}:${randomUUID()}`).toString('base64'));
    }
    if (taken.length > 0) save(queue.name, messages);
    const all = attributeNames.includes('All');
    const attributes = (m: StoredMessage) => {
      const out: Record<string, string> = {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt),
      };
      return Object.fromEntries(Object.entries(out).filter(([k]) => all || attributeNames.includes(k)));
    };
    return taken.map((m) => ({
      MessageId: m.messageId,
      ReceiptHandle: m.receipts.at(-1)!,
      MD5OfBody: m.md5,
      Body: m.body,
      ...(attributeNames.length ? { Attributes: attributes(m) } : {}),
    }));
  };

  const operations: Record<string, (input: Record<string, any>) => Promise<unknown> | unknown> = {
    GetQueueUrl: (input) => {
      if (!byName.has(String(input.QueueName))) throw new SqsError('com.amazonaws.sqs#QueueDoesNotExist', 'The specified queue does not exist.');
      return { QueueUrl: queueUrl(String(input.QueueName)) };
    },
    SendMessage: (input) => {
      const queue = queueFor(input.QueueUrl);
      const body = String(input.MessageBody ?? '');
      if (!body) throw new SqsError('com.amazonaws.sqs#InvalidParameterValue', 'The request must contain the parameter MessageBody.');
      return { MessageId: send(queue.name, body), MD5OfMessageBody: md5(body) };
    },
    ReceiveMessage: async (input) => {
      const queue = queueFor(input.QueueUrl);
      const max = Math.min(10, Math.max(1, Number(input.MaxNumberOfMessages ?? 1)));
      const visibility = Number(input.VisibilityTimeout ?? queue.visibilityTimeoutSeconds);
      const names = [...((input.AttributeNames as string[] | undefined) ?? []), ...((input.MessageSystemAttributeNames as string[] | undefined) ?? [])];
      // Long polling, coarsely: look again every 100 ms until the wait is over.
      const deadline = Date.now() + Math.min(20, Number(input.WaitTimeSeconds ?? 0)) * 1000;
      for (;;) {
        const messages = receive(queue, max, visibility, names);
        if (messages.length > 0 || Date.now() >= deadline) return messages.length > 0 ? { Messages: messages } : {};
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    DeleteMessage: (input) => {
      const queue = queueFor(input.QueueUrl);
      const receipt = String(input.ReceiptHandle ?? '');
      const messages = live(queue);
      const kept = messages.filter((m) => !m.receipts.includes(receipt));
      if (kept.length === messages.length) throw new SqsError('com.amazonaws.sqs#ReceiptHandleIsInvalid', 'The input receipt handle is invalid.');
      save(queue.name, kept);
      return {};
    },
    GetQueueAttributes: (input) => {
      const queue = queueFor(input.QueueUrl);
      const now = Date.now();
      const messages = live(queue);
      const values: Record<string, string> = {
        QueueArn: queue.arn,
        ApproximateNumberOfMessages: String(messages.filter((m) => m.visibleAt <= now).length),
        ApproximateNumberOfMessagesNotVisible: String(messages.filter((m) => m.visibleAt > now).length),
        ApproximateNumberOfMessagesDelayed: '0',
        VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
        MessageRetentionPeriod: String(queue.retentionSeconds),
      };
      const wanted = (input.AttributeNames as string[] | undefined) ?? [];
      return { Attributes: Object.fromEntries(Object.entries(values).filter(([k]) => wanted.includes('All') || wanted.includes(k))) };
    },
  };

  const server = createServer(async (req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    try {
      if (req.method !== 'POST' || !target.startsWith('AmazonSQS.'))
        throw new SqsError('com.amazonaws.sqs#InvalidAction', 'Only the SQS JSON protocol is served here.');
      const operation = operations[target.slice('AmazonSQS.'.length)];
      if (!operation) throw new SqsError('com.amazonaws.sqs#UnsupportedOperation', `${target} is not supported locally.`);
      const body = await readBody(req);
      sendJson(res, 200, await operation(body ? (JSON.parse(body) as Record<string, unknown>) : {}), 'application/x-amz-json-1.0');
    } catch (e) {
      const error = e instanceof SqsError ? e : new SqsError('com.amazonaws.sqs#InternalError', (e as Error).message, 500);
      sendJson(res, error.status, { __type: error.type, message: error.message }, 'application/x-amz-json-1.0');
    }
  });
  const url = (await listen(server, opts.port)).replace('localhost', '127.0.0.1');
  baseUrl = url;
  return { server, url, queueUrl, send };
}
