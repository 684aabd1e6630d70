// How Redress reaches the operator's own services (the ledger, payouts): over
// HTTP, or by invoking a Lambda of theirs. A transport failure, a timeout, a
// 5xx or a 429 is transient, so the step retries; what any other answer means
// is the caller's to say.
import type { InvokeCommandOutput } from '@aws-sdk/client-lambda';
import { TransientError } from '../domain/errors';

/** `fetch` with a timeout; `label` names the service in errors ("Ledger", "Payout service"). */
export async function fetchOperatorService(
  label: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  alsoTransient: readonly number[] = [],
): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new TransientError(`${label} unreachable: ${(e as Error).name}`);
  }
  if (res.status >= 500 || res.status === 429 || alsoTransient.includes(res.status)) throw new TransientError(`${label} answered ${res.status}`);
  return res;
}

/** The JSON an operator's function returned; a function error is transient. `label` names it ("Ledger function"). */
export function invokedJson(label: string, res: InvokeCommandOutput): unknown {
  if (res.FunctionError) throw new TransientError(`${label} failed: ${res.FunctionError}`);
  return JSON.parse(new TextDecoder().decode(res.Payload));
}
