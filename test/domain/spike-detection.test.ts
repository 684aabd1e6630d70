// Counting in windows: a wave of one kind of complaint opens one incident per category and
// window (and never holds up a case); a person opening too many cases raises one alert.
import { describe, expect, it } from '@jest/globals';
import { FixedClock, RecordingEventPublisher, RecordingMailer, RecordingWorkflow } from '../../functions/adapters/memory/memory-adapters';
import { inMemoryRepositories } from '../../functions/adapters/memory/repositories';
import type { Category } from '../../functions/domain/classification/types';
import { RedressConfigSchema } from '../../functions/domain/config';
import { noteClassifiedComplaint } from '../../functions/domain/incidents/spike-detection';
import { ComplaintSubmissionSchema } from '../../functions/domain/intake/complaint-schema';
import { acknowledgeCase } from '../../functions/domain/use-cases/acknowledge-case';
import { classifyCase } from '../../functions/domain/use-cases/classify-case';
import { submitComplaint } from '../../functions/domain/use-cases/submit-complaint';
import { getCaseDetail } from '../../functions/domain/staff/staff-use-cases';
import { decision, fixedClassifier } from '../support/classification-fixtures';

function setup(incidentDetection: Record<string, unknown> = { threshold: 3, windowMinutes: 15 }) {
  const clock = new FixedClock(new Date('2026-12-03T10:02:00Z'));
  const repos = inMemoryRepositories(clock);
  const events = new RecordingEventPublisher();
  return { clock, ...repos, events, deps: { ...repos, events, clock, config: RedressConfigSchema.parse({ incidentDetection }) } };
}

describe('spike detection', () => {
  it('opens one incident when a category reaches the threshold within the window, and announces it', async () => {
    const t = setup();
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await noteClassifiedComplaint(t.deps, 'withdrawal_or_deposit_delay'));
    expect(outcomes.map((o) => o !== undefined)).toEqual([false, false, true, false, false]);
    expect(outcomes[2]).toMatchObject({
      category: 'withdrawal_or_deposit_delay',
      count: 3,
      threshold: 3,
      windowMinutes: 15,
      windowStart: '2026-12-03T10:00:00.000Z',
    });
    expect(t.events.events.map((e) => e.name)).toEqual(['incident.suspected']);
    expect(await t.incidents.listIncidentsSince(new Date('2026-12-03T00:00:00Z'))).toHaveLength(1);
  });

  it('counts each category and each window apart', async () => {
    const t = setup();
    const counts: [Category, string][] = [
      ['withdrawal_or_deposit_delay', '10:01'],
      ['withdrawal_or_deposit_delay', '10:05'],
      ['account_access', '10:06'],
      ['withdrawal_or_deposit_delay', '10:16'], // the next window
      ['account_access', '10:14'],
    ];
    for (const [category, at] of counts) {
      const clock = new FixedClock(new Date(`2026-12-03T${at}:00Z`));
      await noteClassifiedComplaint({ ...t.deps, clock }, category);
    }
    expect(t.incidents.incidents.size).toBe(0);
  });

  it.each([
    ['turned off', { enabled: false, threshold: 2 }, 'withdrawal_or_deposit_delay'],
    ['an ignored category', { threshold: 2 }, 'other'],
  ] as const)('opens nothing when %s', async (_what, config, category) => {
    const t = setup(config);
    for (let i = 0; i < 4; i++) await noteClassifiedComplaint(t.deps, category as Category);
    expect(t.incidents.incidents.size).toBe(0);
  });

  it('never holds up a case: classification goes on when counting fails', async () => {
    const t = setup({ threshold: 2 });
    t.counters.countInWindow = async () => {
      throw new Error('throttled');
    };
    const deps = { ...t.deps, mailer: new RecordingMailer(), classifier: fixedClassifier(decision()), fallback: fixedClassifier(decision(), 'offline') };
    const submission = ComplaintSubmissionSchema.parse({ name: 'A', email: 'a@example.com', description: 'The fee on my trade was too high.' });
    const { caseId } = await submitComplaint(
      { ...deps, workflow: new RecordingWorkflow(), warn: () => {} },
      { submission, channel: 'web', idempotencyKey: 'spike-fail-1', clientId: 'c' },
    );
    await acknowledgeCase(deps, caseId);
    await expect(classifyCase(deps, caseId)).resolves.toMatchObject({ category: 'fees_or_pricing' });
  });
});

describe('who opened a case', () => {
  it('records every view on the case, and raises one bulk-access event when a person opens too many in an hour', async () => {
    // Prepare
    const clock = new FixedClock(new Date('2026-12-03T10:02:00Z'));
    const repos = inMemoryRepositories(clock);
    const events = new RecordingEventPublisher();
    const deps = {
      ...repos,
      events,
      clock,
      config: RedressConfigSchema.parse({ staffAccess: { alertAfterViewsPerHour: 5 } }),
      mailer: new RecordingMailer(),
      workflow: new RecordingWorkflow(),
    };
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const submission = ComplaintSubmissionSchema.parse({ name: 'A', email: `v${i}@example.com`, description: 'My withdrawal is stuck since Monday.' });
      ids.push((await submitComplaint({ ...deps, warn: () => {} }, { submission, channel: 'web', idempotencyKey: `views-000${i}`, clientId: `c${i}` })).caseId);
    }
    const snooper = { userId: 'sub-snooper', username: 'snooper', groups: ['agent'] as const };
    const colleague = { userId: 'sub-colleague', username: 'colleague', groups: ['agent'] as const };

    // Act
    for (const id of ids) await getCaseDetail(deps, snooper, id);
    clock.advance(60_000);
    const detail = await getCaseDetail(deps, colleague, ids[0]!);

    // Assess
    expect(detail.views.map((v) => v.by)).toEqual(['agent:colleague', 'agent:snooper']);
    const alerts = events.events.filter((e) => e.name === 'staff.bulk_access');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.detail).toMatchObject({ staffId: 'sub-snooper', views: 5, windowMinutes: 60 });
  });
});
