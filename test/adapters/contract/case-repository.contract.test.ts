// CaseRepository's contract, on every adapter: cases are created once, move only along
// TRANSITIONS (a retried transition writes its timeline entry once), write at a version, and
// come out of the status index oldest first, at most `limit` however large they are.
import { describe, expect, it } from '@jest/globals';
import { CaseNotFoundError, ConflictError, IllegalTransitionError } from '../../../functions/domain/errors';
import { CASE_NUMBER_PATTERN } from '../../../functions/domain/case/case-number';
import { repositoryAdapters } from '../../support/repository-adapters';
import { caseIdFor, clockAt, newCase } from './fixtures';

const MINUTE = 60_000;

describe.each(repositoryAdapters(15950))('CaseRepository %s', (_, make) => {
  async function setup() {
    const clock = clockAt();
    const { cases } = await make(clock);
    const create = async (n: number, over = {}) => (await cases.createCase(newCase(caseIdFor(n), clock.now().toISOString(), over))).case;
    return { clock, cases, create };
  }

  describe('createCase', () => {
    it('stores a new case as received, at version 1, under a case number it can be found by', async () => {
      const { cases, clock } = await setup();

      const { created, case: kase } = await cases.createCase(newCase(caseIdFor(1), clock.now().toISOString(), { requestFingerprint: 'fp-1' }));

      expect(created).toBe(true);
      expect(kase).toMatchObject({
        caseId: caseIdFor(1),
        status: 'received',
        version: 1,
        reopenCount: 0,
        updatedAt: clock.now().toISOString(),
        requestFingerprint: 'fp-1',
      });
      expect(kase.caseNumber).toMatch(CASE_NUMBER_PATTERN);
      expect(await cases.getCase(caseIdFor(1))).toEqual(kase);
      expect(await cases.findCaseIdByNumber(kase.caseNumber)).toBe(caseIdFor(1));
    });

    it('is put once: the same id again returns the stored case untouched, whatever the new one says', async () => {
      const { cases, clock } = await setup();
      const first = await cases.createCase(newCase(caseIdFor(1), clock.now().toISOString(), { requestFingerprint: 'fp-1' }));
      clock.advance(MINUTE);

      const again = await cases.createCase(newCase(caseIdFor(1), clock.now().toISOString(), { description: 'something else', requestFingerprint: 'fp-2' }));

      expect(again).toEqual({ created: false, case: first.case });
    });

    it('knows no case or case number it was not given', async () => {
      const { cases } = await setup();
      expect(await cases.getCase(caseIdFor(404))).toBeUndefined();
      expect(await cases.findCaseIdByNumber('RDR-2345-67')).toBeUndefined();
    });
  });

  describe('transition', () => {
    it('moves a case along an allowed transition, applying the patch and writing one timeline entry at that time', async () => {
      const { cases, clock, create } = await setup();
      await create(1);
      clock.advance(MINUTE);

      const moved = await cases.transition(
        caseIdFor(1),
        'acknowledge',
        { assignee: 'agent:anna' },
        { actor: 'system:acknowledge', action: 'case.acknowledged', detail: { timeFrameHours: 48 } },
      );

      const at = clock.now().toISOString();
      expect(moved).toMatchObject({ status: 'acknowledged', version: 2, updatedAt: at, assignee: 'agent:anna', lastTransition: { name: 'acknowledge', at } });
      expect(await cases.getCase(caseIdFor(1))).toEqual(moved);
      expect(await cases.listTimeline(caseIdFor(1))).toEqual([
        { at, actor: 'system:acknowledge', action: 'case.acknowledged', detail: { timeFrameHours: 48 } },
      ]);
    });

    it('refuses a transition from a status it does not start from, writing nothing', async () => {
      const { cases, create } = await setup();
      await create(1);

      await expect(cases.transition(caseIdFor(1), 'classify', {}, { actor: 'system:classify', action: 'case.classified' })).rejects.toBeInstanceOf(
        IllegalTransitionError,
      );

      expect(await cases.getCase(caseIdFor(1))).toMatchObject({ status: 'received', version: 1 });
      expect(await cases.listTimeline(caseIdFor(1))).toEqual([]);
    });

    it('refuses a case that is not there', async () => {
      const { cases } = await setup();
      await expect(cases.transition(caseIdFor(404), 'acknowledge', {}, { actor: 'system:acknowledge', action: 'case.acknowledged' })).rejects.toBeInstanceOf(
        CaseNotFoundError,
      );
    });

    it('repeated (a retried step), applies the patch again and keeps the one entry and the first time', async () => {
      // Prepare
      const { cases, clock, create } = await setup();
      await create(1);
      const first = await cases.transition(
        caseIdFor(1),
        'acknowledge',
        { assignee: 'agent:anna' },
        { actor: 'system:acknowledge', action: 'case.acknowledged' },
      );
      clock.advance(MINUTE);

      // Act
      const again = await cases.transition(
        caseIdFor(1),
        'acknowledge',
        { assignee: 'agent:ben' },
        { actor: 'system:acknowledge', action: 'case.acknowledged' },
      );
      await cases.transition(caseIdFor(1), 'acknowledge', { assignee: 'agent:ben' }, { actor: 'system:acknowledge', action: 'case.acknowledged' });

      // Assess
      expect(again).toMatchObject({ status: 'acknowledged', version: first.version + 1, assignee: 'agent:ben', lastTransition: first.lastTransition });
      expect((await cases.listTimeline(caseIdFor(1))).map((e) => [e.at, e.action])).toEqual([[first.lastTransition!.at, 'case.acknowledged']]);
    });

    it('into the status the case is already in by another transition, writes its own entry once however often it repeats', async () => {
      // Prepare: a stuck case a supervisor restarts at Findings; then Resolve's restart lands on the same status
      const { cases, clock, create } = await setup();
      await create(1);
      await cases.transition(caseIdFor(1), 'flagNeedsAttention', {}, { actor: 'system:workflow', action: 'case.needs_attention' });
      clock.advance(MINUTE);
      await cases.transition(caseIdFor(1), 'resumeAtFindings', {}, { actor: 'system:resume', action: 'case.resumed_findings' });
      clock.advance(MINUTE);

      // Act
      const moved = await cases.transition(caseIdFor(1), 'resumeAtResolve', {}, { actor: 'system:resume', action: 'case.resumed_resolve' });
      clock.advance(MINUTE);
      await cases.transition(caseIdFor(1), 'resumeAtResolve', {}, { actor: 'system:resume', action: 'case.resumed_resolve' });

      // Assess
      expect(moved).toMatchObject({ status: 'investigating', lastTransition: { name: 'resumeAtResolve' } });
      expect((await cases.listTimeline(caseIdFor(1))).map((e) => e.action)).toEqual(['case.needs_attention', 'case.resumed_findings', 'case.resumed_resolve']);
    });

    it('removes the fields a patch sets to undefined', async () => {
      const { cases, create } = await setup();
      await create(1);
      await cases.update(caseIdFor(1), { attentionReason: 'stuck', assignee: 'supervisor' });

      const moved = await cases.transition(
        caseIdFor(1),
        'flagNeedsAttention',
        { attentionReason: undefined },
        { actor: 'system:workflow', action: 'case.needs_attention' },
      );

      expect(moved.attentionReason).toBeUndefined();
      expect(moved.assignee).toBe('supervisor');
      expect(await cases.getCase(caseIdFor(1))).not.toHaveProperty('attentionReason');
    });
  });

  describe('update and updateAtVersion', () => {
    it('update writes any fields but the status, on an existing case only', async () => {
      const { cases, clock, create } = await setup();
      const kase = await create(1);
      clock.advance(MINUTE);

      const written = await cases.update(caseIdFor(1), { assignee: 'supervisor' });

      expect(written).toMatchObject({ status: 'received', assignee: 'supervisor', version: kase.version + 1, updatedAt: clock.now().toISOString() });
      await expect(cases.update(caseIdFor(404), { assignee: 'x' })).rejects.toBeInstanceOf(CaseNotFoundError);
    });

    it('updateAtVersion writes only at the version read: anything written meanwhile is a ConflictError', async () => {
      const { cases, create } = await setup();
      const kase = await create(1);
      await cases.update(caseIdFor(1), { assignee: 'supervisor' });

      await expect(cases.updateAtVersion(caseIdFor(1), { resumeCount: 1 }, kase.version)).rejects.toBeInstanceOf(ConflictError);
      const written = await cases.updateAtVersion(caseIdFor(1), { resumeCount: 1 }, kase.version + 1);

      expect(written).toMatchObject({ resumeCount: 1, version: kase.version + 2 });
      await expect(cases.updateAtVersion(caseIdFor(404), { resumeCount: 1 }, 1)).rejects.toBeInstanceOf(CaseNotFoundError);
    });

    it('of two writers at one version, exactly one wins', async () => {
      const { cases, create } = await setup();
      const kase = await create(1);

      const results = await Promise.allSettled([1, 2, 3].map((n) => cases.updateAtVersion(caseIdFor(1), { resumeCount: n }, kase.version)));

      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
    });
  });

  describe('timeline', () => {
    it('lists the entries oldest first, including the ones a transition wrote', async () => {
      const { cases, clock, create } = await setup();
      await create(1);
      await cases.appendTimeline(caseIdFor(1), { actor: 'system:intake', action: 'case.opened' });
      clock.advance(MINUTE);
      await cases.transition(caseIdFor(1), 'acknowledge', {}, { actor: 'system:acknowledge', action: 'case.acknowledged' });
      clock.advance(MINUTE);
      await cases.appendTimeline(caseIdFor(1), { actor: 'system:acknowledge', action: 'mail.sent', detail: { kind: 'acknowledgement' } });

      const timeline = await cases.listTimeline(caseIdFor(1));

      expect(timeline.map((e) => e.action)).toEqual(['case.opened', 'case.acknowledged', 'mail.sent']);
      expect(timeline[2]).toEqual({ at: clock.now().toISOString(), actor: 'system:acknowledge', action: 'mail.sent', detail: { kind: 'acknowledgement' } });
      expect(await cases.listTimeline(caseIdFor(2))).toEqual([]);
    });

    it('keeps every entry appended at one instant', async () => {
      const { cases, create } = await setup();
      await create(1);
      for (const action of ['a', 'b', 'c']) await cases.appendTimeline(caseIdFor(1), { actor: 'test', action });
      expect((await cases.listTimeline(caseIdFor(1))).map((e) => e.action).sort()).toEqual(['a', 'b', 'c']);
    });
  });

  describe('listByStatus', () => {
    it('lists the cases in one status, longest in it first, ordered by their last transition and not by later updates', async () => {
      // Prepare: 1 and 2 enter `acknowledged` in that order, then 1 is written again
      const { cases, clock, create } = await setup();
      for (const n of [1, 2, 3]) await create(n);
      await cases.transition(caseIdFor(1), 'acknowledge', {}, { actor: 't', action: 'a' });
      clock.advance(MINUTE);
      await cases.transition(caseIdFor(2), 'acknowledge', {}, { actor: 't', action: 'a' });
      clock.advance(MINUTE);
      await cases.update(caseIdFor(1), { assignee: 'agent:anna' });

      // Act & Assess
      expect((await cases.listByStatus('acknowledged')).map((c) => c.caseId)).toEqual([caseIdFor(1), caseIdFor(2)]);
      expect((await cases.listByStatus('received')).map((c) => c.caseId)).toEqual([caseIdFor(3)]);
      expect(await cases.listByStatus('closed')).toEqual([]);
    });

    it('returns at most `limit` cases, the oldest', async () => {
      const { cases, clock, create } = await setup();
      for (const n of [1, 2, 3, 4, 5]) {
        await create(n);
        clock.advance(MINUTE);
      }

      expect((await cases.listByStatus('received', 3)).map((c) => c.caseId)).toEqual([1, 2, 3].map(caseIdFor));
      expect(await cases.listByStatus('received', 0)).toEqual([]);
    });

    it('returns `limit` cases even when they fill more than one 1 MB query page', async () => {
      // Prepare: 70 cases of ~20 KB each (a long complaint and its classification), 1.4 MB in all
      const { cases, clock, create } = await setup();
      const description = 'x'.repeat(20_000);
      for (let n = 1; n <= 70; n++) {
        await create(n, { description });
        clock.advance(1000);
      }

      // Act
      const listed = await cases.listByStatus('received', 65);

      // Assess
      expect(listed.map((c) => c.caseId)).toEqual(Array.from({ length: 65 }, (_, i) => caseIdFor(i + 1)));
    }, 60_000);
  });
});
