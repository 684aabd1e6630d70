// The two AWS shapes email intake travels in: the S3 event the inbound bucket's notification
// sends (keys URL-encoded, '+' for a space), and the record Lambda writes to the on-failure
// destination when that event failed every attempt (the event under `requestPayload`). One
// module, so the handler, the redrive adapters and local mode agree on both.
import { z } from 'zod';
import type { StoredEmail } from '../domain/ports';

/** An S3 event key as the object's key. */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** An object's key as S3 events carry it. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** The S3 event for one new object, as the bucket's notification sends it. */
export function s3EventFor(message: StoredEmail, size = 0, at = new Date()) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        eventTime: at.toISOString(),
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: message.bucket, arn: `arn:aws:s3:::${message.bucket}` },
          object: { key: encodeS3Key(message.key), size },
        },
      },
    ],
  };
}

const S3EventSchema = z.object({
  Records: z.array(z.object({ s3: z.object({ bucket: z.object({ name: z.string().min(1) }), object: z.object({ key: z.string().min(1) }) }) })).min(1),
});

/** What Lambda writes to an on-failure destination; only the fields a redrive reads are checked. */
const FailureRecordSchema = z.object({
  requestContext: z.object({ condition: z.string(), approximateInvokeCount: z.number().optional() }),
  requestPayload: S3EventSchema,
});

/** The messages a failure record is about, or undefined when it is not a failed S3 event of ours. */
export function storedEmailsInFailureRecord(body: string): StoredEmail[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = FailureRecordSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return parsed.data.requestPayload.Records.map((r) => ({ bucket: r.s3.bucket.name, key: decodeS3Key(r.s3.object.key) }));
}
