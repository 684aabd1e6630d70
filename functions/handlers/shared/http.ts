// Responses of the REST API (proxy integration): JSON, and pages with a
// per-response CSP nonce so a page can inline its script and style and nothing
// else can run. The headers every response carries are the edge's
// (http-edge.ts), not these builders'.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { randomBytes } from 'node:crypto';

export type HttpEvent = APIGatewayProxyEvent;
export type HttpResult = APIGatewayProxyResult;

export const newNonce = () => randomBytes(16).toString('base64');

export function json(statusCode: number, body: unknown, extra: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...extra }, body: JSON.stringify(body) };
}

/** `extra` headers win over the defaults (a page that needs a wider CSP passes its own). */
export function html(statusCode: number, page: string, nonce: string, extra: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      ...extra,
    },
    body: page,
  };
}
