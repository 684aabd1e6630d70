// CounterRepository's contract, on every adapter: counts are per bucket and fixed window
// (`floor(now / windowSeconds)`), start again when the window ends, and a rate limit counts
// nothing once it refuses.
import { describe, expect, it } from '@jest/globals';
import { repositoryAdapters } from '../../support/repository-adapters';
import { clockAt } from './fixtures';

const HOUR_START = new Date('2026-11-22T10:00:00.000Z');
/** `ms` milliseconds into the hour the counts start in. */
const msIn = (ms: number) => new Date(HOUR_START.getTime() + ms);

describe.each(repositoryAdapters(15955))('CounterRepository %s', (_, make) => {
  const setup = async () => (await make(clockAt())).counters;

  describe('countInWindow', () => {
    it('counts one more each call and returns the count, per bucket', async () => {
      const counters = await setup();
      expect(await counters.countInWindow('views#anna', 3600, msIn(0))).toBe(1);
      expect(await counters.countInWindow('views#anna', 3600, msIn(1000))).toBe(2);
      expect(await counters.countInWindow('views#ben', 3600, msIn(1000))).toBe(1);
      expect(await counters.countInWindow('views#anna', 3600, msIn(3599_999))).toBe(3);
    });

    it('starts again at 1 when the window ends', async () => {
      const counters = await setup();
      await counters.countInWindow('trend#fees', 600, msIn(599_999));
      expect(await counters.countInWindow('trend#fees', 600, msIn(600_000))).toBe(1);
    });

    it('counts every one of many racing calls once: exactly one sees each count', async () => {
      const counters = await setup();
      const counts = await Promise.all(Array.from({ length: 10 }, () => counters.countInWindow('trend#x', 3600, msIn(0))));
      expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });
  });

  describe('hitRateLimit', () => {
    it('allows `limit` calls in a window and refuses the next, per bucket', async () => {
      const counters = await setup();
      const hits = [];
      for (let i = 0; i < 4; i++) hits.push(await counters.hitRateLimit('address#a', 3, 3600, msIn(i * 1000)));
      expect(hits).toEqual([true, true, true, false]);
      expect(await counters.hitRateLimit('address#b', 3, 3600, msIn(0))).toBe(true);
    });

    it('counts nothing when it refuses, and allows again in the next window', async () => {
      const counters = await setup();
      await counters.hitRateLimit('client#c', 1, 60, msIn(0));
      for (let i = 0; i < 3; i++) expect(await counters.hitRateLimit('client#c', 1, 60, msIn(1000))).toBe(false);
      // Raising the limit shows the refused calls were not counted.
      expect(await counters.hitRateLimit('client#c', 2, 60, msIn(2000))).toBe(true);
      expect(await counters.hitRateLimit('client#c', 1, 60, msIn(60_000))).toBe(true);
    });

    it('refuses everything with a limit of zero', async () => {
      const counters = await setup();
      expect(await counters.hitRateLimit('client#z', 0, 60, msIn(0))).toBe(false);
    });

    it('lets exactly `limit` of many racing calls through', async () => {
      const counters = await setup();
      const hits = await Promise.all(Array.from({ length: 8 }, () => counters.hitRateLimit('client#race', 3, 3600, msIn(0))));
      expect(hits.filter(Boolean)).toHaveLength(3);
    });

    it('keeps rate limits and counts apart under one bucket name', async () => {
      const counters = await setup();
      await counters.countInWindow('shared', 3600, msIn(0));
      expect(await counters.hitRateLimit('shared', 1, 3600, msIn(0))).toBe(true);
      expect(await counters.countInWindow('shared', 3600, msIn(0))).toBe(2);
    });
  });
});
