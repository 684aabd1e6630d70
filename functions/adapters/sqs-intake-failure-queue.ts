// The email intake's failure queue on SQS: Lambda's on-failure destination writes a record per
// S3 event that failed every attempt; a redrive receives them and deletes each once taken.
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { IntakeFailure, IntakeFailureQueue } from '../domain/ports';
import { storedEmailsInFailureRecord } from './s3-event';

export class SqsIntakeFailureQueue implements IntakeFailureQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    /** How long a received record stays hidden: one redrive run's batch must fit in it. */
    private readonly visibilityTimeoutSeconds = 900,
  ) {}

  async receive(max: number): Promise<IntakeFailure[]> {
    // A short long-poll: unlike a plain receive it asks every SQS server, so an empty answer means empty.
    const res = await this.client.send(
      new ReceiveMessageCommand({
        QueueUrl: this.queueUrl,
        MaxNumberOfMessages: Math.min(10, Math.max(1, max)),
        WaitTimeSeconds: 1,
        VisibilityTimeout: this.visibilityTimeoutSeconds,
      }),
    );
    return (res.Messages ?? []).map((m) => ({ receipt: m.ReceiptHandle!, messages: storedEmailsInFailureRecord(m.Body ?? '') }));
  }

  async remove(receipt: string): Promise<void> {
    await this.client.send(new DeleteMessageCommand({ QueueUrl: this.queueUrl, ReceiptHandle: receipt }));
  }
}
