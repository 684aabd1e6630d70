// Executions on disk, one JSON file each under <dataDir>/stepfunctions/executions.
// Every state transition rewrites the file through a temp file and a rename, so
// a `kill -9` leaves either the previous or the next version, never half of one.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecutionStatus } from '@aws-sdk/client-sfn';
import type { StoredHistoryEvent } from './history';
import type { JsonValue } from './json';

export type TokenStatus = 'waiting' | 'succeeded' | 'failed' | 'timedOut' | 'cancelled';

/** A task token handed to a Lambda by a `.waitForTaskToken` state. */
export interface TokenRecord {
  token: string;
  stateName: string;
  /** Id of the top-level StateEntered event the token belongs to; a restart reuses only tokens of the current state. */
  enteredEventId: number;
  /** Epoch ms after which the task times out (kept across restarts). */
  deadline: number;
  status: TokenStatus;
  /** 'invoking' until the Lambda returned: a restart in that phase invokes it again with the same token. */
  phase: 'invoking' | 'submitted';
  output?: string;
  error?: string;
  cause?: string;
  /** The outcome is in history already (a restart must not write it twice). */
  reported: boolean;
}

export interface ExecutionPosition {
  /** Top-level state the execution is in. */
  stateName: string;
  /** That state's raw input, to enter it again after a restart. */
  input: JsonValue;
  /** 0 until the state's StateEntered event is written. */
  enteredEventId: number;
}

export interface ExecutionRecord {
  formatVersion: 1;
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  /** JSON text as given to StartExecution. */
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  /** Epoch ms. */
  startDate: number;
  stopDate?: number;
  /** Set while RUNNING. */
  position?: ExecutionPosition;
  tokens: TokenRecord[];
  history: StoredHistoryEvent[];
}

export class ExecutionStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'stepfunctions', 'executions');
    mkdirSync(this.dir, { recursive: true });
  }

  loadAll(log: (msg: string) => void): ExecutionRecord[] {
    const records: ExecutionRecord[] = [];
    for (const file of readdirSync(this.dir)) {
      const path = join(this.dir, file);
      // A temp file is a write the process did not finish; the previous version is still in place.
      if (file.endsWith('.tmp')) {
        rmSync(path, { force: true });
        continue;
      }
      if (!file.endsWith('.json')) continue;
      try {
        const record = JSON.parse(readFileSync(path, 'utf8')) as ExecutionRecord;
        if (record.formatVersion === 1) records.push(record);
      } catch {
        log(`stepfunctions: skipping unreadable execution file ${file}`);
      }
    }
    return records;
  }

  save(record: ExecutionRecord): void {
    const file = join(this.dir, `${createHash('sha256').update(record.executionArn).digest('hex').slice(0, 40)}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(record));
    renameSync(temp, file);
  }
}
