// Retries an assertion until it holds or time runs out, for values that settle
// asynchronously (a page updating, a background task arriving): jest has no
// expect.poll, so this is its small stand-in.
import { expect } from '@jest/globals';

type Matchers = {
  toBe(expected: unknown): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
  toContain(expected: unknown): Promise<void>;
};

export function poll<T>(probe: () => T | Promise<T>, { timeoutMs = 10_000, everyMs = 50 } = {}): Matchers {
  const until = async (check: (value: T) => void) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      try {
        check(value);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  };
  return {
    toBe: (expected) => until((v) => expect(v).toBe(expected)),
    toEqual: (expected) => until((v) => expect(v).toEqual(expected)),
    toContain: (expected) => until((v) => expect(v).toContain(expected)),
  };
}
