// ViewRepository's contract, on every adapter: every view of a case is kept, and the latest
// `limit` come back newest first.
import { describe, expect, it } from '@jest/globals';
import { repositoryAdapters } from '../../support/repository-adapters';
import { caseIdFor, clockAt, T0 } from './fixtures';

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();

describe.each(repositoryAdapters(15954))('ViewRepository %s', (_, make) => {
  const setup = async () => (await make(clockAt())).views;

  it("lists a case's views newest first, and no other case's", async () => {
    const views = await setup();
    await views.recordView({ caseId: caseIdFor(1), by: 'agent:anna', at: at(1) });
    await views.recordView({ caseId: caseIdFor(1), by: 'agent:ben', at: at(3) });
    await views.recordView({ caseId: caseIdFor(1), by: 'agent:anna', at: at(2) });
    await views.recordView({ caseId: caseIdFor(2), by: 'agent:cleo', at: at(4) });

    expect(await views.listViews(caseIdFor(1))).toEqual([
      { caseId: caseIdFor(1), by: 'agent:ben', at: at(3) },
      { caseId: caseIdFor(1), by: 'agent:anna', at: at(2) },
      { caseId: caseIdFor(1), by: 'agent:anna', at: at(1) },
    ]);
    expect(await views.listViews(caseIdFor(3))).toEqual([]);
  });

  it('keeps two views of one person at one instant', async () => {
    const views = await setup();
    await views.recordView({ caseId: caseIdFor(1), by: 'agent:anna', at: at(1) });
    await views.recordView({ caseId: caseIdFor(1), by: 'agent:anna', at: at(1) });
    expect(await views.listViews(caseIdFor(1))).toHaveLength(2);
  });

  it('returns the latest `limit` views, 20 unless told', async () => {
    const views = await setup();
    for (let i = 0; i < 25; i++) await views.recordView({ caseId: caseIdFor(1), by: `agent:${i}`, at: at(i) });

    expect((await views.listViews(caseIdFor(1), 3)).map((v) => v.by)).toEqual(['agent:24', 'agent:23', 'agent:22']);
    expect(await views.listViews(caseIdFor(1))).toHaveLength(20);
    expect(await views.listViews(caseIdFor(1), 0)).toEqual([]);
  });
});
