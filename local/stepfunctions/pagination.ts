// Page tokens for the List*/GetExecutionHistory operations: an opaque offset.
import { StepFunctionsApiError } from './errors';

/** Default and maximum page sizes of the Step Functions API. */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

export function paginate<T>(items: readonly T[], maxResults: number | undefined, nextToken: string | undefined): { page: T[]; nextToken?: string } {
  const start = decodePageToken(nextToken, items.length);
  const size = maxResults && maxResults > 0 ? Math.min(maxResults, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  const page = items.slice(start, start + size);
  return start + size < items.length ? { page, nextToken: encodePageToken(start + size) } : { page };
}

function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

/** InvalidToken when the token is not one we issued for a list this long. */
function decodePageToken(token: string | undefined, total: number): number {
  if (token === undefined || token === '') return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= total) return offset;
  } catch {
    // not JSON: not ours
  }
  throw new StepFunctionsApiError('InvalidToken', 'Invalid nextToken');
}
