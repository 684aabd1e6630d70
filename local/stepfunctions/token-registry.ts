// Task tokens: minted per task attempt, indexed so SendTaskSuccess/Failure find
// the waiting task, and remembered once the task ended so a late answer gets
// TaskTimedOut instead of reaching a state that has moved on.
import { randomBytes } from 'node:crypto';
import type { ExecutionRecord, TokenRecord, TokenStatus } from './execution-store';

export type TaskOutcome = { kind: 'success'; output: string } | { kind: 'failure'; error?: string; cause?: string };

const TOKEN_BYTES = 64;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{86}$/;

/** 512 random bits, base64url: cannot be guessed from other tokens. */
export function mintTaskToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function isWellFormedTaskToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

interface Waiter {
  resolve: (outcome: TaskOutcome) => void;
  reject: (error: Error) => void;
}

interface Entry {
  readonly execution: ExecutionRecord;
  readonly record: TokenRecord;
  waiter?: Waiter;
}

export class TaskTokenRegistry {
  private readonly entries = new Map<string, Entry>();

  /** Indexes a token (new, or loaded from disk). The record stays owned by the execution. */
  add(execution: ExecutionRecord, record: TokenRecord): void {
    this.entries.set(record.token, { execution, record });
  }

  find(token: string): { execution: ExecutionRecord; record: TokenRecord } | undefined {
    return this.entries.get(token);
  }

  /** Resolves with the answer; at once if it was recorded before (e.g. before a restart). */
  wait(token: string): Promise<TaskOutcome> {
    const entry = this.entries.get(token);
    if (!entry) return Promise.reject(new Error(`Unknown task token for ${token.slice(0, 8)}…`));
    const recorded = outcomeOf(entry.record);
    if (recorded) return Promise.resolve(recorded);
    return new Promise((resolve, reject) => {
      entry.waiter = { resolve, reject };
    });
  }

  /** Records SendTaskSuccess/SendTaskFailure on the token and wakes its task. The caller persists. */
  answer(token: string, outcome: TaskOutcome): void {
    const entry = this.entries.get(token);
    if (!entry || entry.record.status !== 'waiting') return;
    if (outcome.kind === 'success') {
      entry.record.status = 'succeeded';
      entry.record.output = outcome.output;
    } else {
      entry.record.status = 'failed';
      entry.record.error = outcome.error;
      entry.record.cause = outcome.cause;
    }
    const waiter = entry.waiter;
    entry.waiter = undefined;
    waiter?.resolve(outcome);
  }

  /**
   * Ends a waiting token without an answer. The waiting task is left pending on
   * purpose: the library settles the state (timeout, abort) and must not see a
   * result from us first.
   */
  end(token: string, status: Extract<TokenStatus, 'timedOut' | 'cancelled'>): void {
    const entry = this.entries.get(token);
    if (!entry) return;
    if (entry.record.status === 'waiting') entry.record.status = status;
    entry.waiter = undefined;
  }

  /** Fails every task of an execution still waiting here, so the library's run unwinds (stop, shutdown). */
  interrupt(executionArn: string, error: Error): void {
    for (const entry of this.entries.values()) {
      if (entry.execution.executionArn !== executionArn || !entry.waiter) continue;
      const waiter = entry.waiter;
      entry.waiter = undefined;
      waiter.reject(error);
    }
  }

  waitingCount(executionArn: string): number {
    let count = 0;
    for (const entry of this.entries.values()) {
      if (entry.execution.executionArn === executionArn && entry.record.status === 'waiting' && entry.record.phase === 'submitted') count++;
    }
    return count;
  }
}

function outcomeOf(record: TokenRecord): TaskOutcome | undefined {
  if (record.status === 'succeeded') return { kind: 'success', output: record.output ?? 'null' };
  if (record.status === 'failed') return { kind: 'failure', error: record.error, cause: record.cause };
  return undefined;
}
