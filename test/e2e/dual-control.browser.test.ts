/// <reference lib="dom" />
// Dual control and a stuck case in the staff console, in a real browser: a
// compensation above the single-approver limit is approved by one supervisor,
// the console tells them a second must approve and then shows them no form, a
// second supervisor sees who approved first and confirms it; and a case that
// needs attention is resumed from a chosen step.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '../support/poll';
import { launchChromium, SHOTS } from '../support/browser';
import {
  caseItem,
  executionStatus,
  feeRefundComplaint,
  openComplaint,
  simpleComplaint,
  startStack,
  USERS,
  waitFor,
  waitForStatus,
  type StackHandle,
  setFaults,
} from './local-stack-harness';

let stack: StackHandle;
let browser: Browser;

beforeAll(async () => {
  // A limit of 1 USDT: the ledger rule's 4.5 USDT fee refund needs two supervisors.
  stack = await startStack({ basePort: 15460, retryIntervalMs: 20, configOverrides: { compensation: { singleApproverLimit: { USDT: '1' } } } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  stack?.cleanup();
});

async function signedIn([username, password]: readonly [string, string]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${stack.web}/console`);
  await page.fill('[data-testid="signin-username"]', username);
  await page.fill('[data-testid="signin-password"]', password);
  await page.click('[data-testid="signin-submit"]');
  await page.locator('[data-testid="who-name"]').waitFor({ state: 'visible' });
  return page;
}

async function openFromQueue(page: Page, caseNumber: string): Promise<void> {
  const row = page.locator(`[data-testid="case-row-${caseNumber}"]`);
  await waitFor(`queue row ${caseNumber}`, async () => {
    if ((await row.count()) > 0) return true;
    await page.click('[data-testid="refresh"]');
    await page.waitForTimeout(300);
    return undefined;
  });
  await row.locator('button').click();
  await page.locator('[data-testid="case-number"]').filter({ hasText: caseNumber }).waitFor();
}

describe('dual control in the console', () => {
  it('takes a first approval, refuses the same supervisor a second, and lets another confirm it', async () => {
    // Prepare
    const { caseId, caseNumber } = await openComplaint(stack, feeRefundComplaint('alice+browser@example.com'), 'dual-browser-0001');
    await waitForStatus(stack, caseId, 'awaiting_decision');

    // Act 1: the first supervisor approves
    const first = await signedIn(USERS.supervisor);
    await openFromQueue(first, caseNumber);
    await first.check('[data-testid="decision-approve"]');
    await first.fill('[data-testid="decision-reason"]', 'The withdrawal failed; the fee goes back.');
    await first.click('[data-testid="decision-submit"]');
    await poll(() => first.locator('[data-testid="notice"]').textContent()).toContain('a second, different supervisor must approve it');

    // The same supervisor opening it again gets no form, only the word that someone else must approve
    await openFromQueue(first, caseNumber);
    await first.locator('[data-testid="decision-second-self"]').waitFor({ state: 'visible' });
    expect(await first.locator('[data-testid="proposal-p0"]').textContent()).toContain('Waiting for a second approval');

    // Act 2: a second supervisor sees who approved first and confirms it
    const second = await signedIn(['supervisor2', 'supervisor2-password']);
    await openFromQueue(second, caseNumber);
    await poll(() => second.locator('[data-testid="decision-first-approval"]').textContent()).toContain('First approved by supervisor');
    expect(await second.locator('[data-testid="decision-approve-lower"]').isVisible()).toBe(false);
    await second.screenshot({ path: join(SHOTS, 'console-second-approval.png'), fullPage: true });
    await second.check('[data-testid="decision-approve"]');
    await second.fill('[data-testid="decision-reason"]', 'Checked the ledger as well.');
    await second.click('[data-testid="decision-submit"]');
    await poll(() => second.locator('[data-testid="notice"]').textContent()).toContain(`Decision recorded for ${caseNumber}`);

    // Assess
    await waitFor('the case to move on', async () => ((await caseItem(stack, caseId)).status !== 'awaiting_decision' ? true : undefined));
  }, 120_000);
});

describe('a stuck case in the console', () => {
  it('is resumed from the step a supervisor chooses', async () => {
    // Prepare: Investigate fails every time, so the case ends in front of a person
    await setFaults(stack, [{ function: 'InvestigateFn', mode: 'permanent' }]);
    const { caseId, caseNumber } = await openComplaint(stack, { ...simpleComplaint('stuck-browser@example.com'), wantsHuman: true }, 'dual-browser-stuck-0001');
    await waitForStatus(stack, caseId, 'needs_attention');
    await setFaults(stack, []);
    await waitFor('the failed execution to end', async () => ((await executionStatus(stack, caseId)) === 'FAILED' ? true : undefined));

    // Act
    const supervisor = await signedIn(USERS.supervisor);
    await openFromQueue(supervisor, caseNumber);
    await supervisor.locator('#stuck-panel').waitFor({ state: 'visible' });
    await supervisor.screenshot({ path: join(SHOTS, 'console-stuck-case.png'), fullPage: true });
    await supervisor.selectOption('[data-testid="resume-from"]', 'investigate');
    await supervisor.fill('[data-testid="resume-reason"]', 'The ledger is back.');
    await supervisor.click('[data-testid="resume-submit"]');

    // Assess
    await poll(() => supervisor.locator('[data-testid="notice"]').textContent()).toContain(`${caseNumber}: Resuming from investigate`);
    await waitForStatus(stack, caseId, 'awaiting_findings');
    expect(await caseItem(stack, caseId)).toMatchObject({ executionName: `${caseId}-r1` });
  }, 120_000);
});
