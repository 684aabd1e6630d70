// How the console's parts move between the queue and a case, and call the API.
import type { ApiResult } from '../http';

export type Api = (method: 'GET' | 'POST', path: string, payload?: unknown) => Promise<ApiResult | null>;

export interface Navigation {
  readonly api: Api;
  /** Shows the queue and forgets the open case. */
  showQueue(): void;
  loadQueue(): void;
  openCase(caseId: string): void;
}

/** `api/cases/<id>` with the id encoded. */
export const casePath = (caseId: unknown, rest = ''): string => `api/cases/${encodeURIComponent(String(caseId ?? ''))}${rest}`;
