// Customer mail through SES v2. Locally the same client reaches the SES
// stand-in through AWS_ENDPOINT_URL_SESV2; nothing here knows the difference.
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { MailThrottledError, TransientError } from '../domain/errors';
import type { Mailer, OutgoingMail } from '../domain/ports';

/** SES's names for "slow down": a sending-rate or daily quota limit, or API throttling. */
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'LimitExceededException', 'SendingPausedException']);

export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly fromAddress: string,
    private readonly configurationSet?: string,
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      return await this.sendOnce(mail);
    } catch (e) {
      const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (THROTTLED.has(err.name ?? '') || err.$metadata?.httpStatusCode === 429) throw new MailThrottledError(`SES throttled the send (${err.name})`);
      if ((err.$metadata?.httpStatusCode ?? 0) >= 500) throw new TransientError(`SES answered ${err.$metadata?.httpStatusCode}`);
      throw e;
    }
  }

  private async sendOnce(mail: OutgoingMail): Promise<{ messageId: string }> {
    const res = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.fromAddress,
        Destination: { ToAddresses: [mail.to] },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
          },
        },
        EmailTags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value })),
        ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
      }),
    );
    return { messageId: res.MessageId ?? 'unknown' };
  }
}
