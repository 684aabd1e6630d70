/// <reference lib="dom" />
// The customer's form in a real browser (Debian's Chromium via playwright-core):
// fill it in, submit, see the case number; a mistake shows next to its field.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, SHOTS } from '../support/browser';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseIdByNumber, caseItem, startStack, waitFor, type StackHandle } from './local-stack-harness';

let stack: StackHandle;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({ basePort: 14200 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  stack?.cleanup();
});

describe('the complaint form', () => {
  it('takes a complaint and shows the case number', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.web}/`);
    await page.screenshot({ path: join(SHOTS, 'form-empty.png'), fullPage: true });
    await page.fill('#name', 'Farah Haddad');
    await page.fill('#email', 'farah@example.com');
    await page.fill('#description', 'My deposit of 0.05 BTC has not been credited after 6 hours although it has many confirmations.');
    await page.fill('#transactionHashes', 'a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d');
    await page.click('[data-testid="submit"]');
    const number = page.locator('[data-testid="case-number"]');
    await number.waitFor({ state: 'visible' });
    const caseNumber = (await number.textContent())!.trim();
    expect(caseNumber).toMatch(/^RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/);
    await page.screenshot({ path: join(SHOTS, 'form-submitted.png'), fullPage: true });

    const caseId = await caseIdByNumber(stack, caseNumber);
    const kase = await waitFor('stored case', async () => ((await caseItem(stack, caseId)).caseNumber ? caseItem(stack, caseId) : undefined));
    expect(kase.transactionRefs).toEqual(['a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d']);
    await page.close();
  });

  it('shows field errors next to the fields and keeps what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.web}/`);
    await page.fill('#name', 'Gus');
    await page.fill('#email', 'not-an-email');
    await page.fill('#description', 'too short');
    // Let the server, not only the browser, judge the input.
    await page.evaluate(() => document.querySelectorAll('input,textarea').forEach((el) => el.removeAttribute('required')));
    await page.evaluate(() =>
      document.querySelectorAll('input,textarea').forEach((el) => {
        el.removeAttribute('minlength');
        if ((el as HTMLInputElement).type === 'email') (el as HTMLInputElement).type = 'text';
      }),
    );
    await page.click('[data-testid="submit"]');
    await page.locator('#email[aria-invalid="true"]').waitFor();
    expect(await page.inputValue('#description')).toBe('too short');
    expect(await page.locator('#description[aria-invalid="true"]').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'form-errors.png'), fullPage: true });
    await page.close();
  });
});
