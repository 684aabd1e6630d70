// Runs the deployed email intake function on a stored message, synchronously, with the S3 event
// the bucket's notification would send: the same code, permissions and configuration as the
// first attempt, so a redrive takes the message exactly as intake would have.
import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { EmailIntake, StoredEmail } from '../domain/ports';
import { s3EventFor } from './s3-event';

export class LambdaEmailIntake implements EmailIntake {
  constructor(
    private readonly client: LambdaClient,
    private readonly functionName: string,
  ) {}

  async run(message: StoredEmail): Promise<{ ok: true; outcomes: string[] } | { ok: false; error: string }> {
    const res = await this.client.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(JSON.stringify(s3EventFor(message))),
      }),
    );
    const payload = res.Payload ? (JSON.parse(new TextDecoder().decode(res.Payload) || 'null') as Record<string, unknown> | null) : null;
    // Only the error's type: its message may quote what the function was reading.
    if (res.FunctionError) return { ok: false, error: String(payload?.errorType ?? res.FunctionError) };
    return { ok: true, outcomes: Array.isArray(payload?.outcomes) ? (payload.outcomes as unknown[]).map(String) : [] };
  }
}
