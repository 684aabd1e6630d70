// Execution history in the shape GetExecutionHistory returns on AWS: typed
// events with ids and AWS detail field names, stored with millisecond
// timestamps and turned into wire form (epoch seconds) page by page.
import type { HistoryEvent, HistoryEventType } from '@aws-sdk/client-sfn';
import type { JsonValue } from './json';
import { paginate } from './pagination';

export type StoredHistoryEvent = Omit<HistoryEvent, 'timestamp' | 'type' | 'id' | 'previousEventId'> & {
  /** Epoch milliseconds. */
  timestamp: number;
  type: HistoryEventType;
  id: number;
  previousEventId: number;
};

export type EventDetails = Omit<StoredHistoryEvent, 'timestamp' | 'type' | 'id' | 'previousEventId'>;

/** The data fields GetExecutionHistory leaves out when includeExecutionData is false. */
const EXECUTION_DATA_FIELDS = new Set(['input', 'inputDetails', 'output', 'outputDetails', 'parameters']);

const NOT_TRUNCATED = { truncated: false };

export function appendEvent(history: StoredHistoryEvent[], type: HistoryEventType, details: EventDetails = {}, timestamp = Date.now()): StoredHistoryEvent {
  const last = history.at(-1);
  const event: StoredHistoryEvent = { timestamp, type, id: (last?.id ?? 0) + 1, previousEventId: last?.id ?? 0, ...details };
  history.push(event);
  return event;
}

export const toJsonText = (value: JsonValue | undefined): string => JSON.stringify(value ?? null);

// Details builders, one per family of events, so field names live in one place.
export const details = {
  executionStarted: (input: string, roleArn: string): EventDetails => ({
    executionStartedEventDetails: { input, inputDetails: NOT_TRUNCATED, roleArn },
  }),
  executionSucceeded: (output: string): EventDetails => ({
    executionSucceededEventDetails: { output, outputDetails: NOT_TRUNCATED },
  }),
  executionFailed: (error?: string, cause?: string): EventDetails => ({ executionFailedEventDetails: { error, cause } }),
  executionAborted: (error?: string, cause?: string): EventDetails => ({ executionAbortedEventDetails: { error, cause } }),
  executionTimedOut: (): EventDetails => ({ executionTimedOutEventDetails: { error: 'States.Timeout' } }),
  stateEntered: (name: string, input: JsonValue): EventDetails => ({
    stateEnteredEventDetails: { name, input: toJsonText(input), inputDetails: NOT_TRUNCATED },
  }),
  stateExited: (name: string, output: JsonValue | undefined): EventDetails => ({
    stateExitedEventDetails: { name, output: toJsonText(output), outputDetails: NOT_TRUNCATED },
  }),
  mapIteration: (type: 'Started' | 'Succeeded' | 'Failed', name: string, index: number): EventDetails =>
    type === 'Started'
      ? { mapIterationStartedEventDetails: { name, index } }
      : type === 'Succeeded'
        ? { mapIterationSucceededEventDetails: { name, index } }
        : { mapIterationFailedEventDetails: { name, index } },
};

export interface HistoryPageRequest {
  reverseOrder?: boolean;
  maxResults?: number;
  nextToken?: string;
  includeExecutionData?: boolean;
}

/** One page of history in wire form: dates as epoch seconds, like the JSON protocol. */
export function historyPage(history: readonly StoredHistoryEvent[], request: HistoryPageRequest): { events: Record<string, unknown>[]; nextToken?: string } {
  const ordered = request.reverseOrder ? [...history].reverse() : history;
  const { page, nextToken } = paginate(ordered, request.maxResults, request.nextToken);
  const includeData = request.includeExecutionData !== false;
  const events = page.map((event) => toWire(event, includeData));
  return nextToken ? { events, nextToken } : { events };
}

function toWire(event: StoredHistoryEvent, includeData: boolean): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'timestamp') wire.timestamp = event.timestamp / 1000;
    else if (!includeData && key.endsWith('EventDetails') && typeof value === 'object' && value !== null) {
      wire[key] = Object.fromEntries(Object.entries(value).filter(([field]) => !EXECUTION_DATA_FIELDS.has(field)));
    } else wire[key] = value;
  }
  return wire;
}
