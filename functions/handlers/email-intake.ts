// Email intake: SES stores each message a customer sends to the complaints address in S3, and
// the bucket's notification invokes this handler. A thin adapter: read the object, parse the
// mail, call receiveEmail, log the outcome's kind (never an address, a subject or a word of it).
// A failure throws: Lambda retries the event, then writes it to the failure queue, from which
// `npm run redrive-email` runs this handler on it again (the raw message stays in the bucket).
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { systemClock } from '../domain/ports';
import { readInboundEmail } from '../domain/intake/inbound-email';
import { outcomeLabel, receiveEmail } from '../domain/use-cases/receive-email';
import { decodeS3Key } from '../adapters/s3-event';
import { cases, config, counters, events, replies, workflow } from './shared/composition';
import { instrumented, logger } from './shared/powertools';

const s3 = new S3Client({});

async function takeEmails(event: S3Event): Promise<{ outcomes: string[] }> {
  const outcomes: string[] = [];
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeS3Key(record.s3.object.key);
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const raw = Buffer.from(await object.Body!.transformToByteArray());
    const mail = await readInboundEmail(raw, `s3:${key}`);
    const outcome = await receiveEmail(
      {
        cases: cases(),
        counters: counters(),
        replies: replies(),
        events: events(),
        workflow: workflow(),
        clock: systemClock,
        config: config(),
        ownAddress: process.env.SENDER_EMAIL,
        warn: (m, f) => logger.warn(m, f),
      },
      mail,
    );
    if (outcome.kind === 'ignored') logger.warn('email not taken', { key, reason: outcome.reason });
    else
      logger.info('email taken', {
        key,
        kind: outcome.kind,
        caseId: outcome.caseId,
        ...(outcome.kind === 'complaint' ? { created: outcome.created } : { stored: outcome.stored }),
      });
    outcomes.push(outcomeLabel(outcome));
  }
  return { outcomes };
}

export const handler = instrumented(takeEmails);
