// End to end against the started local stack: an Idempotency-Key names one
// complaint. The same complaint under a used key is replayed, a different one
// is refused with 422 and leaves the first case, its one execution and the
// case store as they were; the form without JavaScript, which sends no key,
// gets one case per complaint as before.
import { ListExecutionsCommand } from '@aws-sdk/client-sfn';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { caseIdFor } from '../../functions/domain/case/case-id';
import { caseIdByNumber, caseItem, lifecycleEvents, startStack, TABLE, timeline, type StackHandle } from './local-stack-harness';

let stack: StackHandle;
beforeAll(async () => {
  stack = await startStack({ basePort: 15000 });
});
afterAll(async () => {
  await stack?.stop();
  stack?.cleanup();
});

const CASE_NUMBER = /RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}/;

async function post(body: Record<string, unknown>, opts: { key?: string; form?: boolean; html?: boolean } = {}) {
  const res = await fetch(`${stack.web}/api/complaints`, {
    method: 'POST',
    headers: {
      'content-type': opts.form ? 'application/x-www-form-urlencoded' : 'application/json',
      accept: opts.html ? 'text/html' : 'application/json',
      ...(opts.key ? { 'idempotency-key': opts.key } : {}),
    },
    body: opts.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    replayed: res.headers.get('idempotent-replayed'),
    text,
    json: opts.html ? undefined : (JSON.parse(text) as Record<string, any>),
  };
}

async function casesFor(email: string): Promise<Record<string, any>[]> {
  const items: Record<string, any>[] = [];
  let ExclusiveStartKey: Record<string, any> | undefined;
  do {
    const page = await stack.doc.send(
      new ScanCommand({
        TableName: TABLE,
        FilterExpression: 'entity = :case AND contact.email = :email',
        ExpressionAttributeValues: { ':case': 'case', ':email': email },
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

async function executionNames(): Promise<string[]> {
  const res = await stack.sfn.send(new ListExecutionsCommand({ stateMachineArn: stack.stateMachineArn, maxResults: 1000 }));
  return (res.executions ?? []).map((e) => e.name!);
}

const A = {
  name: 'Rosa Lindqvist',
  email: 'rosa@example.com',
  description: 'My USDT withdrawal has been pending for three days and support has not answered.',
  language: 'en',
};
const B = { ...A, description: 'The trading fee on my last spot order was higher than your fee schedule says.' };

describe('a reused Idempotency-Key', () => {
  it('replays the same complaint and refuses another one with 422, leaving the first case alone', async () => {
    const key = 'e2e-idem-key-0001';

    // Act: complaint A, then A again (as JSON and as a form post of the same words)
    const first = await post(A, { key });
    const again = await post(A, { key });
    const againAsForm = await post({ ...A, transactionHashes: '', accountId: '' }, { key, form: true });

    // Assess: one case, replayed
    expect(first.status).toBe(201);
    expect(first.replayed).toBeNull();
    const caseNumber = first.json!.caseNumber as string;
    expect(caseNumber).toMatch(CASE_NUMBER);
    expect(again).toMatchObject({ status: 201, replayed: 'true', json: { caseNumber } });
    expect(againAsForm).toMatchObject({ status: 201, replayed: 'true', json: { caseNumber } });
    const caseId = await caseIdByNumber(stack, caseNumber);
    expect(caseId).toBe(caseIdFor('web', key));
    const before = await caseItem(stack, caseId);

    // Act: a different complaint under the same key, from an API client and from a browser
    const other = await post(B, { key });
    const otherAsPage = await post(B, { key, html: true });

    // Assess: refused, saying why, and without the first case's number
    expect(other.status).toBe(422);
    expect(other.json).toEqual({
      message: expect.stringMatching(/Idempotency-Key was already used for another complaint/),
      errors: { 'Idempotency-Key': [expect.stringMatching(/already used for another complaint/)] },
    });
    expect(other.text).not.toContain(caseNumber);
    expect(otherAsPage.status).toBe(422);
    expect(otherAsPage.text).toContain('already used for another complaint');

    // Assess: the first case is unchanged: what the customer wrote and what opened it
    const after = await caseItem(stack, caseId);
    for (const field of ['caseNumber', 'channel', 'contact', 'description', 'language', 'transactionRefs', 'wantsHuman', 'createdAt', 'requestFingerprint']) {
      expect(after[field]).toEqual(before[field]);
    }
    expect(after.description).toBe(A.description);
    expect(after.requestFingerprint).toMatch(/^[0-9a-f]{64}$/);

    // Assess: exactly one case for this customer, one execution, one case.opened
    const cases = await casesFor(A.email);
    expect(cases.map((c) => c.caseId)).toEqual([caseId]);
    expect(await executionNames()).toEqual([caseId]);
    expect((await timeline(stack, caseId)).filter((e) => e.action === 'case.opened')).toHaveLength(1);
    expect((await lifecycleEvents(stack, caseId)).filter((e) => e.detailType === 'case.opened')).toHaveLength(1);
  });
});

describe('the form without JavaScript, which sends no key', () => {
  const posted = async (fields: Record<string, string>) => {
    const res = await post(fields, { form: true, html: true });
    expect(res.status).toBe(201);
    return CASE_NUMBER.exec(res.text)![0];
  };
  const X = {
    name: 'Tomás Ruiz',
    email: 'tomas@example.com',
    description: 'Mi depósito de 0.2 BTC no aparece en mi cuenta desde ayer.',
    transactionHashes: '',
    accountId: '',
  };

  it('opens one case per complaint: the same one posted again is replayed, a different one is a case of its own', async () => {
    // Act
    const x = await posted(X);
    const xAgain = await posted(X);
    const y = await posted({ ...X, description: 'Me cobraron una comisión de retiro dos veces por la misma operación.' });
    const xCorrected = await posted({ ...X, accountId: 'ACC-1001' });

    // Assess: never a 422, even for the same words with a corrected account id
    expect(xAgain).toBe(x);
    expect(new Set([x, y, xCorrected]).size).toBe(3);
    expect((await casesFor(X.email)).map((c) => c.caseNumber).sort()).toEqual([x, y, xCorrected].sort());
  });
});
