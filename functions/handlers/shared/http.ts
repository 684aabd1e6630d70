// REST API (proxy integration) plumbing shared by the public handlers: body parsing,
// responses with secure headers in one place, and a per-response CSP nonce so
// pages can inline their script and style and nothing else can run.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { randomBytes } from 'node:crypto';

export type HttpEvent = APIGatewayProxyEvent;
export type HttpResult = APIGatewayProxyResult;

export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
}

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'cache-control': 'no-store',
};

export const newNonce = () => randomBytes(16).toString('base64');

export function json(statusCode: number, body: unknown, extra: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extra }, body: JSON.stringify(body) };
}

/** `extra` headers win over the defaults (a page that needs a wider CSP passes its own). */
export function html(statusCode: number, page: string, nonce: string, extra: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: {
      ...BASE_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      ...extra,
    },
    body: page,
  };
}

export function header(event: HttpEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

export function wantsHtml(event: HttpEvent): boolean {
  const accept = header(event, 'accept') ?? '';
  return accept.includes('text/html') && !accept.startsWith('application/json');
}

const MAX_BODY = 64 * 1024;

/** JSON or form-encoded body as a plain object; anything else is a 400 (415-ish, but one clear message). */
export function parseBody(event: HttpEvent): { fields: Record<string, unknown>; form: boolean } {
  const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  if (raw.length > MAX_BODY) throw new BadRequestError('Request body is too large');
  const type = (header(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === '') {
    if (!raw.trim()) throw new BadRequestError('Request body is empty');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new BadRequestError('Request body is not valid JSON');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequestError('Request body must be a JSON object');
    return { fields: parsed as Record<string, unknown>, form: false };
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { fields: Object.fromEntries(new URLSearchParams(raw)), form: true };
  }
  throw new BadRequestError(`Unsupported content type ${type}; send application/json or application/x-www-form-urlencoded`);
}
