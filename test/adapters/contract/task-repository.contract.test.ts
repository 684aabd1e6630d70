// TaskRepository's contract, on every adapter: a pending task is consumed once, for one answer
// (the same answer may take it again until it is delivered), and an answer link is used once and
// never from its expiry on.
import { describe, expect, it } from '@jest/globals';
import { ConflictError } from '../../../functions/domain/errors';
import type { AnswerLink, PendingTask } from '../../../functions/domain/ports';
import { repositoryAdapters } from '../../support/repository-adapters';
import { caseIdFor, clockAt, T0 } from './fixtures';

const CASE = caseIdFor(1);
const HOUR = 3600_000;
const task = (over: Partial<PendingTask> = {}): PendingTask => ({ caseId: CASE, kind: 'decision', taskToken: 'token-1', ref: 'p0', ...over });
const link = (over: Partial<AnswerLink> = {}): AnswerLink => ({
  linkId: 'link-1',
  caseId: CASE,
  caseNumber: 'RDR-2345-67',
  language: 'en',
  expiresAt: new Date(T0.getTime() + HOUR).toISOString(),
  ...over,
});

describe.each(repositoryAdapters(15952))('TaskRepository %s', (_, make) => {
  const setup = async () => {
    const clock = clockAt();
    return { clock, tasks: (await make(clock)).tasks };
  };

  describe('task tokens', () => {
    it('stores a token per case and kind; the newest wait of a kind replaces the older one', async () => {
      const { tasks } = await setup();
      await tasks.saveTaskToken(task());
      await tasks.saveTaskToken(task({ kind: 'findings', taskToken: 'token-f', ref: 'round-0' }));
      await tasks.saveTaskToken(task({ taskToken: 'token-2', ref: 'p1' }));

      expect(await tasks.getTaskToken(CASE, 'decision')).toEqual(task({ taskToken: 'token-2', ref: 'p1' }));
      expect(await tasks.getTaskToken(CASE, 'findings')).toEqual(task({ kind: 'findings', taskToken: 'token-f', ref: 'round-0' }));
      expect(await tasks.getTaskToken(CASE, 'payout')).toBeUndefined();
    });

    it('is consumed once, for its reference: any other answer, or another reference, gets nothing', async () => {
      const { tasks } = await setup();
      await tasks.saveTaskToken(task());

      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p1', 'fp-a')).toBeUndefined();
      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a')).toEqual({ ...task(), repeat: false });
      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-b')).toBeUndefined();
      expect(await tasks.getTaskToken(CASE, 'decision')).toBeUndefined();
      expect(await tasks.consumeTaskToken(CASE, 'payout', 'p0', 'fp-a')).toBeUndefined();
    });

    it('gives the same answer the task again (a repeat) until it is marked delivered', async () => {
      const { tasks } = await setup();
      await tasks.saveTaskToken(task());
      await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a');

      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a')).toEqual({ ...task(), repeat: true });
      await tasks.markTaskDelivered(CASE, 'decision', 'token-1');
      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a')).toBeUndefined();
      // Released after delivery: still nothing to answer.
      await tasks.releaseTaskToken(CASE, 'decision', 'token-1');
      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-b')).toBeUndefined();
    });

    it('released, can be answered by anyone; the answer released keeps counting as a repeat', async () => {
      const { tasks } = await setup();
      await tasks.saveTaskToken(task());
      await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a');

      await tasks.releaseTaskToken(CASE, 'decision', 'token-1');

      expect(await tasks.getTaskToken(CASE, 'decision')).toEqual(task());
      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a')).toEqual({ ...task(), repeat: true });
      await tasks.releaseTaskToken(CASE, 'decision', 'token-1');
      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-b')).toEqual({ ...task(), repeat: false });
    });

    it('leaves a newer wait alone when an older token is delivered or released', async () => {
      const { tasks } = await setup();
      await tasks.saveTaskToken(task());
      await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-a');
      await tasks.saveTaskToken(task({ taskToken: 'token-2' }));

      await tasks.markTaskDelivered(CASE, 'decision', 'token-1');
      await tasks.releaseTaskToken(CASE, 'decision', 'token-1');

      expect(await tasks.consumeTaskToken(CASE, 'decision', 'p0', 'fp-b')).toEqual({ ...task({ taskToken: 'token-2' }), repeat: false });
    });

    it('does nothing, and throws nothing, for a task that is not there', async () => {
      const { tasks } = await setup();
      await tasks.markTaskDelivered(CASE, 'satisfaction', 'token-x');
      await tasks.releaseTaskToken(CASE, 'satisfaction', 'token-x');
      expect(await tasks.consumeTaskToken(CASE, 'satisfaction', 'ref', 'fp')).toBeUndefined();
      expect(await tasks.getTaskToken(CASE, 'satisfaction')).toBeUndefined();
    });

    it('lets exactly one of many different answers racing consume it', async () => {
      const { tasks } = await setup();
      await tasks.saveTaskToken(task());
      const consumed = await Promise.all(['a', 'b', 'c', 'd'].map((fp) => tasks.consumeTaskToken(CASE, 'decision', 'p0', fp)));
      expect(consumed.filter(Boolean)).toHaveLength(1);
    });
  });

  describe('answer links', () => {
    it('is put once: a link id already stored is a ConflictError, and the first link stays', async () => {
      const { tasks } = await setup();
      await tasks.putAnswerLink(link());
      await expect(tasks.putAnswerLink(link({ caseId: caseIdFor(2) }))).rejects.toBeInstanceOf(ConflictError);
      expect(await tasks.getAnswerLink('link-1')).toEqual(link());
      expect(await tasks.getAnswerLink('link-2')).toBeUndefined();
    });

    it('is used once: the first caller gets it, marked used; every later one gets nothing', async () => {
      const { tasks } = await setup();
      await tasks.putAnswerLink(link());
      const now = new Date(T0.getTime() + 10 * 60_000);

      expect(await tasks.consumeAnswerLink('link-1', now)).toEqual({ ...link(), usedAt: now.toISOString() });
      expect(await tasks.consumeAnswerLink('link-1', now)).toBeUndefined();
      expect(await tasks.getAnswerLink('link-1')).toEqual({ ...link(), usedAt: now.toISOString() });
      expect(await tasks.consumeAnswerLink('link-2', now)).toBeUndefined();
    });

    it.each([
      ['a millisecond before its expiry', true, -1],
      ['at its expiry', false, 0],
      ['an hour after its expiry', false, HOUR],
    ])('%s, is usable: %s', async (_when, usable, offsetMs) => {
      const { tasks } = await setup();
      await tasks.putAnswerLink(link());
      const now = new Date(new Date(link().expiresAt).getTime() + offsetMs);

      const used = await tasks.consumeAnswerLink('link-1', now);

      expect(Boolean(used)).toBe(usable);
      expect((await tasks.getAnswerLink('link-1'))?.usedAt).toBe(usable ? now.toISOString() : undefined);
    });

    it('released, can be used again; releasing a link that is not there does nothing', async () => {
      const { tasks } = await setup();
      await tasks.putAnswerLink(link());
      await tasks.consumeAnswerLink('link-1', T0);

      await tasks.releaseAnswerLink('link-1');
      await tasks.releaseAnswerLink('link-2');

      expect(await tasks.getAnswerLink('link-1')).toEqual(link());
      expect(await tasks.consumeAnswerLink('link-1', T0)).toEqual({ ...link(), usedAt: T0.toISOString() });
    });

    it('lets exactly one of many racing callers use it', async () => {
      const { tasks } = await setup();
      await tasks.putAnswerLink(link());
      const used = await Promise.all([1, 2, 3, 4].map(() => tasks.consumeAnswerLink('link-1', T0)));
      expect(used.filter(Boolean)).toHaveLength(1);
    });
  });
});
