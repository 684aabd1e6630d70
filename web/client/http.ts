// Reading the API's answers in the pages' scripts: a status and a parsed body,
// whatever came back, so callers branch on the status alone.

/** A JSON object from the API; a body that is not one becomes null. */
export type JsonBody = Record<string, unknown>;

export interface ApiResult {
  /** 0 when the server could not be reached. */
  readonly status: number;
  readonly body: JsonBody | null;
}

export async function readJson(res: Response): Promise<ApiResult> {
  const raw = await res.text();
  let body: unknown = null;
  try {
    body = raw ? JSON.parse(raw) : null;
  } catch {
    body = null;
  }
  return { status: res.status, body: body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as JsonBody) : null };
}

/** The API's own message, if it sent one. */
export function messageOf(result: ApiResult, fallback: string): string {
  const message = result.body?.message;
  return typeof message === 'string' && message ? message : fallback;
}

/** Field errors as the API sends them on a 400: field name to messages. */
export type FieldErrors = Record<string, readonly string[]>;

export function fieldErrorsIn(body: JsonBody | null): FieldErrors {
  const errors = body?.errors;
  if (!errors || typeof errors !== 'object') return {};
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors))
    out[key] = ([] as unknown[])
      .concat(value ?? [])
      .map((m) => (m === undefined || m === null ? '' : String(m)))
      .filter(Boolean);
  return out;
}
