// Inbound email, locally, the way SES receiving works on AWS: an SMTP server (smtp-server)
// accepts a message for the complaints address, stores it raw in a bucket, and the bucket's
// notification runs the function CDK wired to it, with the same S3 event, as Lambda runs async
// events: retried, then recorded in the function's on-failure queue (see async-invocation.ts).
// The bucket is a small stand-in of S3's GetObject (path-style, what the SDK uses against an IP
// endpoint), kept on disk.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, normalize } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { s3EventFor } from '../functions/adapters/s3-event';
import type { AsyncInvoker } from './async-invocation';
import type { BucketNotification } from './cloud-assembly';
import { listen } from './http-util';

export interface MailIntake {
  readonly servers: { close(cb: () => void): void }[];
  readonly s3Url: string;
  readonly smtpPort: number;
}

/** Largest message the SMTP server takes: SES receiving's limit is 40 MB; locally 10 MB is plenty. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export async function startMailIntake(opts: {
  readonly dataDir: string;
  readonly s3Port: number;
  readonly smtpPort: number;
  readonly notifications: readonly BucketNotification[];
  /** Runs the function as the S3 notification would: asynchronously, with Lambda's retries and on-failure destination. */
  readonly invokeAsync: AsyncInvoker;
  readonly log: (line: string) => void;
}): Promise<MailIntake> {
  const root = join(opts.dataDir, 's3');
  const pathOf = (bucket: string, key: string): string | undefined => {
    const p = normalize(join(root, bucket, key));
    return p.startsWith(join(root, bucket)) ? p : undefined;
  };

  const s3 = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const [, bucket, ...rest] = url.pathname.split('/');
    const file = bucket ? pathOf(decodeURIComponent(bucket), decodeURIComponent(rest.join('/'))) : undefined;
    if (req.method === 'GET' && file && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'message/rfc822' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/xml' });
    res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
  });
  const s3Url = await listen(s3, opts.s3Port);

  const notify = (target: BucketNotification, key: string, size: number): Promise<void> =>
    opts.invokeAsync(target.functionName, s3EventFor({ bucket: target.bucket, key }, size));

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    banner: 'Redress local inbound mail',
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded)
          return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        const raw = Buffer.concat(chunks);
        // Stored before it is accepted, as SES does: an accepted message is never lost.
        const stored = opts.notifications.map((target) => {
          const key = `${target.prefix}${Date.now()}-${randomBytes(6).toString('hex')}`;
          const file = pathOf(target.bucket, key)!;
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, raw);
          return { target, key };
        });
        callback();
        for (const { target, key } of stored)
          void notify(target, key, raw.length).catch((e: unknown) => opts.log(`notifying ${target.functionName} failed: ${(e as Error).message}`));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(opts.smtpPort, '127.0.0.1', () => resolve());
  });
  return { servers: [s3, smtp], s3Url, smtpPort: opts.smtpPort };
}
