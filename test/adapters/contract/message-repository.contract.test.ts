// MessageRepository's contract, on every adapter: a message key is claimed before its mail is sent
// and is sent once; a claim still sending is taken over only once it is stale, and a claim given
// back after a failed send can be taken at once.
import { describe, expect, it } from '@jest/globals';
import { ConflictError, TransientError } from '../../../functions/domain/errors';
import { repositoryAdapters } from '../../support/repository-adapters';
import { caseIdFor, clockAt } from './fixtures';

const CASE = caseIdFor(1);
const STALE = 60_000;

describe.each(repositoryAdapters(15957))('MessageRepository %s', (_, make) => {
  const setup = async () => {
    const clock = clockAt();
    return { clock, messages: (await make(clock)).messages };
  };

  it('claims a message key once sending; once sent, every claim is already-sent, stale or not', async () => {
    const { clock, messages } = await setup();
    expect(await messages.claimMessage(CASE, 'acknowledgement', STALE)).toBe('claimed');

    await messages.markMessageSent(CASE, 'acknowledgement', 'provider-1');

    expect(await messages.claimMessage(CASE, 'acknowledgement', STALE)).toBe('already-sent');
    clock.advance(10 * STALE);
    expect(await messages.claimMessage(CASE, 'acknowledgement', 0)).toBe('already-sent');
  });

  it('refuses a claim still sending with TransientError until it is stale, then hands it over', async () => {
    const { clock, messages } = await setup();
    await messages.claimMessage(CASE, 'agent-message#x', STALE);

    clock.advance(STALE - 1);
    await expect(messages.claimMessage(CASE, 'agent-message#x', STALE)).rejects.toBeInstanceOf(TransientError);
    clock.advance(1);
    expect(await messages.claimMessage(CASE, 'agent-message#x', STALE)).toBe('claimed');
    // The takeover is a fresh claim: its own stale time starts now.
    await expect(messages.claimMessage(CASE, 'agent-message#x', STALE)).rejects.toBeInstanceOf(TransientError);
  });

  it('with a stale time of zero (a workflow step), takes over a claim at once', async () => {
    const { messages } = await setup();
    await messages.claimMessage(CASE, 'closed', 0);
    expect(await messages.claimMessage(CASE, 'closed', 0)).toBe('claimed');
  });

  it('keeps keys and cases apart', async () => {
    const { messages } = await setup();
    await messages.claimMessage(CASE, 'closed', STALE);
    await messages.markMessageSent(CASE, 'closed', 'provider-1');
    expect(await messages.claimMessage(CASE, 'reopened#1', STALE)).toBe('claimed');
    expect(await messages.claimMessage(caseIdFor(2), 'closed', STALE)).toBe('claimed');
  });

  it('released after a failed send, can be claimed at once; a sent message stays sent', async () => {
    const { messages } = await setup();
    await messages.claimMessage(CASE, 'closed', STALE);

    await messages.releaseMessageClaim(CASE, 'closed');
    expect(await messages.claimMessage(CASE, 'closed', STALE)).toBe('claimed');

    await messages.markMessageSent(CASE, 'closed', 'provider-1');
    await messages.releaseMessageClaim(CASE, 'closed');
    expect(await messages.claimMessage(CASE, 'closed', 0)).toBe('already-sent');
    await messages.releaseMessageClaim(CASE, 'never-claimed');
  });

  it('refuses to mark sent a message nobody claimed', async () => {
    const { messages } = await setup();
    await expect(messages.markMessageSent(CASE, 'closed', 'provider-1')).rejects.toBeInstanceOf(ConflictError);
    expect(await messages.claimMessage(CASE, 'closed', STALE)).toBe('claimed');
  });

  it('gives a key many attempts race for to exactly one', async () => {
    const { messages } = await setup();
    const claims = await Promise.allSettled([1, 2, 3, 4].map(() => messages.claimMessage(CASE, 'acknowledgement', STALE)));
    expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
  });
});
