// The limits pages state are read from the API's zod schemas: a field's length
// from max(), or from a pattern of one repeated class; an HTML pattern the
// browser compiles with the `v` flag; a renamed field fails loudly.
import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { htmlPattern, inputFields, listLimit, textLimit } from '../../web/schema-limits';

const Schema = z
  .object({
    name: z.string().trim().min(1).max(120),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{2,10}$/),
    lines: z.array(z.string().trim().max(500)).max(20).default([]),
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]*$/)
      .optional()
      .transform((v) => v || undefined),
  })
  .strict();
const field = inputFields(Schema);

describe('limits from a schema', () => {
  it.each([
    ['name', { minLength: 1, maxLength: 120 }],
    ['code', { minLength: 2, maxLength: 10, pattern: '^[A-Z0-9]{2,10}$' }],
    ['id', { pattern: '^[A-Za-z0-9_-]*$' }],
  ])('reads %s', (name, limit) => {
    expect(textLimit(field(name))).toEqual(limit);
  });

  it('reads a list and its items', () => {
    expect(listLimit(field('lines'))).toEqual({ maxItems: 20, item: { maxLength: 500 } });
  });

  it('refuses a field the schema does not have', () => {
    expect(() => field('nmae')).toThrow(/no field nmae/);
  });
});

describe('HTML patterns', () => {
  it.each([
    ['^[A-Za-z0-9_-]*$', '[A-Za-z0-9_\\-]*', ['a-b_1', ''], ['a/b', 'a b']],
    ['^[A-Za-z0-9 ._:/#-]{1,200}$', '[A-Za-z0-9 ._:\\/#\\-]{1,200}', ['BANK-2026/11#42'], ['<x>', '']],
    ['^(\\d{1,18})(?:\\.(\\d{1,18}))?$', '(\\d{1,18})(?:\\.(\\d{1,18}))?', ['0.05', '25'], ['1e3', '.5']],
  ])('%s becomes %s, compiles with the v flag and matches as the schema does', (source, pattern, good, bad) => {
    expect(htmlPattern(source)).toBe(pattern);
    // What a browser does with the attribute.
    const browser = new RegExp(`^(?:${pattern})$`, 'v');
    const schema = new RegExp(source);
    for (const value of [...good, ...bad]) expect(browser.test(value)).toBe(schema.test(value));
    for (const value of good) expect(browser.test(value)).toBe(true);
  });
});
