// An Idempotency-Key names one complaint. The fingerprint of what was validated
// decides whether a repeat is the same complaint (replayed) or another one
// (refused), and the intake rules run against both case stores: in memory and
// DynamoDB on dynalite, where the conditional put that claims the key with its
// fingerprint is what keeps racing requests apart.
import { describe, expect, it } from '@jest/globals';
import { FixedClock, RecordingEventPublisher, RecordingWorkflow } from '../../functions/adapters/memory/memory-adapters';
import { caseIdFor } from '../../functions/domain/case/case-id';
import { parseConfig } from '../../functions/domain/config';
import { IdempotencyKeyReusedError } from '../../functions/domain/errors';
import { ComplaintSubmissionSchema, fromFormFields } from '../../functions/domain/intake/complaint-schema';
import { derivedIdempotencyKey, submissionFingerprint } from '../../functions/domain/intake/submission-fingerprint';
import { submitComplaint, type SubmitComplaintInput } from '../../functions/domain/use-cases/submit-complaint';
import { repositoryAdapters } from '../support/repository-adapters';

/** Inside this suite's own port range (15000–15099); the e2e suite uses 15000–15007. */
const DYNALITE_PORT = 15050;

const A = {
  name: 'Alice Example',
  email: 'alice@example.com',
  accountId: 'ACC-1',
  description: 'My withdrawal of 250 USDT has been pending for three days.',
  transactionHashes: ['abc123'],
  language: 'en',
  wantsHuman: true,
} as const;
const B = { ...A, description: 'The trading fee on my last order was higher than the fee schedule says.' };
const submission = (fields: Record<string, unknown>) => ComplaintSubmissionSchema.parse(fields);

describe('the submission fingerprint', () => {
  it('is the same for a JSON body and a form post of one complaint', () => {
    // Prepare: what the script sends, and what the form without JavaScript posts for the same words
    const json = submission({ ...A, transactionHashes: ['abc123'] });
    const form = submission(fromFormFields({ ...A, transactionHashes: ' abc123 ', wantsHuman: 'on', email: '  Alice@Example.com ' }));

    // Assess
    expect(submissionFingerprint(form)).toBe(submissionFingerprint(json));
  });

  it('ignores key order, trimmed whitespace and optional fields left blank', () => {
    const plain = submission({ name: 'Sam Lee', email: 'sam@example.com', description: 'The fee was higher than the schedule says.' });
    const noisy = submission({
      description: '  The fee was higher than the schedule says.\n',
      wantsHuman: false,
      email: 'sam@example.com',
      name: 'Sam Lee ',
      language: '',
      transactionHashes: [],
    });

    expect(submissionFingerprint(noisy)).toBe(submissionFingerprint(plain));
  });

  // Every field of the schema, read from the schema itself: a field added later counts without anyone remembering to add it here.
  const changes: Record<string, unknown> = {
    name: 'Alice Other',
    email: 'alice.other@example.com',
    accountId: 'ACC-2',
    description: `${A.description} Still waiting.`,
    transactionHashes: ['def456'],
    language: 'es',
    wantsHuman: false,
  };
  it.each(Object.keys(ComplaintSubmissionSchema.shape))('changes when %s changes', (field) => {
    expect(changes).toHaveProperty(field);
    expect(submissionFingerprint(submission({ ...A, [field]: changes[field] }))).not.toBe(submissionFingerprint(submission(A)));
  });

  it('gives the form without JavaScript one key per complaint and day', () => {
    const day = new Date('2026-11-22T09:00:00Z');
    const key = (fields: Record<string, unknown>, at = day) => derivedIdempotencyKey(submission(fields), at);

    expect(key(A, new Date('2026-11-22T23:59:59Z'))).toBe(key(A));
    expect(key(B)).not.toBe(key(A));
    // The same words with a corrected account id is a complaint of its own, never a reused key.
    expect(key({ ...A, accountId: 'ACC-9' })).not.toBe(key(A));
    expect(key(A, new Date('2026-11-23T00:00:00Z'))).not.toBe(key(A));
  });
});

describe.each(repositoryAdapters(DYNALITE_PORT))('a reused Idempotency-Key, with the case store %s', (_, makeStore) => {
  let run = 0;
  async function setup() {
    const clock = new FixedClock(new Date('2026-11-22T10:00:00Z'));
    const repos = await makeStore(clock);
    const workflow = new RecordingWorkflow();
    const events = new RecordingEventPublisher();
    // Racing requests each count against the rate limit before the key decides; that is not what is tested here.
    const config = { ...parseConfig(undefined), rateLimits: { perAddressPerHour: 1000, perClientPerHour: 1000 } };
    const deps = { ...repos, workflow, events, clock, config, warn: () => {} };
    // One table for every test: each test's keys are its own.
    const key = (name: string) => `${name}-${++run}-${Date.now()}`;
    const submit = (fields: Record<string, unknown>, idempotencyKey: string, channel: SubmitComplaintInput['channel'] = 'web') =>
      submitComplaint(deps, { submission: submission(fields), channel, idempotencyKey, clientId: '10.0.0.1' });
    return { cases: repos.cases, workflow, events, key, submit };
  }

  it('replays the same complaint: the same case, no second execution', async () => {
    // Prepare
    const t = await setup();
    const key = t.key('same');
    const first = await t.submit(A, key);

    // Act: the same complaint, sent as a form post would normalise it
    const again = await t.submit(fromFormFields({ ...A, transactionHashes: 'abc123', wantsHuman: 'on' }), key);

    // Assess
    expect(first.created).toBe(true);
    expect(again).toEqual({ ...first, created: false });
    expect(t.workflow.started.map((s) => s.executionName)).toEqual([first.caseId]);
    expect(t.events.events.map((e) => e.name)).toEqual(['case.opened']);
  });

  it('refuses a different complaint and leaves the first case as it was', async () => {
    // Prepare
    const t = await setup();
    const key = t.key('reused');
    const first = await t.submit(A, key);
    const before = await t.cases.getCase(first.caseId);
    const timelineBefore = await t.cases.listTimeline(first.caseId);

    // Act
    const refused = t.submit(B, key);

    // Assess: a typed error naming the first case (for logs), and nothing written or started
    await expect(refused).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    await expect(refused).rejects.toMatchObject({ caseId: first.caseId, message: expect.stringMatching(/already used for another complaint/) });
    expect(await t.cases.getCase(first.caseId)).toEqual(before);
    expect(before).toMatchObject({ description: A.description, requestFingerprint: submissionFingerprint(submission(A)) });
    expect(await t.cases.listTimeline(first.caseId)).toEqual(timelineBefore);
    expect(t.workflow.started).toHaveLength(1);
    expect(t.events.events).toHaveLength(1);
  });

  it('lets exactly one of many racing requests claim the key, with its own fingerprint', async () => {
    // Prepare: the same key, A and B interleaved, all in flight at once
    const t = await setup();
    const key = t.key('race');
    const bodies = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? A : B));

    // Act
    const outcomes = await Promise.allSettled(bodies.map((body) => t.submit(body, key)));

    // Assess: one case, opened once, holding the fingerprint of whichever complaint won; that
    // complaint's other requests are replays, the other complaint's are all refused.
    const opened = outcomes.filter((o) => o.status === 'fulfilled' && o.value.created);
    expect(opened).toHaveLength(1);
    const kase = (await t.cases.getCase(caseIdFor('web', key)))!;
    const winner = kase.description === A.description ? A : B;
    expect(kase.requestFingerprint).toBe(submissionFingerprint(submission(winner)));
    outcomes.forEach((o, i) => {
      if (bodies[i] === winner) expect(o).toMatchObject({ status: 'fulfilled', value: { caseId: kase.caseId, caseNumber: kase.caseNumber } });
      else expect(o).toMatchObject({ status: 'rejected', reason: expect.any(IdempotencyKeyReusedError) });
    });
    expect(new Set(t.workflow.started.map((s) => s.executionName))).toEqual(new Set([kase.caseId]));
    expect(t.events.events.filter((e) => e.name === 'case.opened')).toHaveLength(1);
  });

  it('replays a case stored before fingerprints existed, whatever is sent', async () => {
    // Prepare: a case as intake wrote it before this change, with no fingerprint
    const t = await setup();
    const key = t.key('legacy');
    const { case: legacy } = await t.cases.createCase({
      caseId: caseIdFor('web', key),
      channel: 'web',
      contact: { name: A.name, email: A.email },
      language: 'en',
      description: A.description,
      transactionRefs: [],
      wantsHuman: false,
      redactedSecrets: [],
      createdAt: '2026-11-21T10:00:00.000Z',
    });

    // Act
    const replayed = await t.submit(B, key);

    // Assess
    expect(replayed).toEqual({ caseId: legacy.caseId, caseNumber: legacy.caseNumber, created: false });
    expect(await t.cases.getCase(legacy.caseId)).toEqual(legacy);
  });

  it('keeps replaying an email by its Message-ID, even when it reads differently now', async () => {
    // A redrive re-parses the stored message; a parser changed in between must not fail it for good.
    const t = await setup();
    const key = `email:${t.key('message-id')}`;
    const first = await t.submit(A, key, 'email');

    await expect(t.submit(B, key, 'email')).resolves.toEqual({ ...first, created: false });
    expect((await t.cases.getCase(first.caseId))?.description).toBe(A.description);
  });
});
