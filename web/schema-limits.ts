// The limits a page states to the browser (maxlength, a pattern, how many lines
// a list takes), read from the zod schema the API checks the same field with,
// so a page can never promise more or less than the server accepts.
// Server side only: pages render them into attributes and the console's config.
import { z } from 'zod';
import type { ListLimit, TextLimit } from './console-config';
import { escapeHtml } from '../functions/domain/messages';

/** The JSON Schema keywords zod writes for the fields pages show. */
interface JsonSchemaNode {
  readonly type?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly maxItems?: number;
  readonly items?: JsonSchemaNode;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
}

/** A schema's fields as the client sends them (`io: 'input'`: before trims, defaults and transforms). */
export function inputFields(schema: z.ZodType): (path: string) => JsonSchemaNode {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
  return (path) => {
    let node: JsonSchemaNode | undefined = root;
    for (const key of path.split('.')) node = node?.properties?.[key];
    // A renamed field fails when the page module loads, not silently in a browser.
    if (!node) throw new Error(`The schema has no field ${path}`);
    return node;
  };
}

// `^[A-Z0-9]{2,10}$`: one character class, repeated. Its bounds are the field's length.
const ONE_CLASS_REPEATED = /^\^\[[^\]]+\]\{(\d+),(\d+)\}\$$/;

/** A text field's limits. A pattern of one repeated character class also gives the length. */
export function textLimit(node: JsonSchemaNode): TextLimit {
  const bounds = node.pattern ? ONE_CLASS_REPEATED.exec(node.pattern) : null;
  const minLength = node.minLength ?? (bounds ? Number(bounds[1]) : undefined);
  const maxLength = node.maxLength ?? (bounds ? Number(bounds[2]) : undefined);
  return {
    ...(minLength !== undefined ? { minLength } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(node.pattern !== undefined ? { pattern: node.pattern } : {}),
  };
}

/** A list field's limits: how many items, and each item's. */
export function listLimit(node: JsonSchemaNode): ListLimit {
  if (node.maxItems === undefined || !node.items) throw new Error('Not a list with a maximum');
  return { maxItems: node.maxItems, item: textLimit(node.items) };
}

/** A limit that must be there for the page to state it, e.g. a textarea's maxlength. */
export function required(value: number | undefined, what: string): number {
  if (value === undefined) throw new Error(`The schema states no ${what}`);
  return value;
}

/**
 * ` maxlength="…"` and, with `withPattern`, ` minlength` and ` pattern` for a
 * form the browser validates natively. Browsers compile `pattern` with the
 * `v` flag and anchor it themselves.
 */
export function limitAttributes(limit: TextLimit, opts: { readonly withPattern?: boolean } = {}): string {
  const attrs: string[] = [];
  if (opts.withPattern && limit.minLength !== undefined && limit.minLength > 1) attrs.push(`minlength="${limit.minLength}"`);
  if (limit.maxLength !== undefined) attrs.push(`maxlength="${limit.maxLength}"`);
  if (opts.withPattern && limit.pattern !== undefined) attrs.push(`pattern="${escapeHtml(htmlPattern(limit.pattern))}"`);
  return attrs.map((a) => ` ${a}`).join('');
}

/**
 * A schema's regex source as an HTML `pattern`: without the anchors the browser
 * adds, and with the characters the `v` flag reserves inside a class (`-` not
 * in a range, `/`, brackets, braces, `|`) escaped. Handles the class-and-quantifier
 * patterns the schemas use; a pattern it cannot read is refused, not guessed at.
 */
export function htmlPattern(source: string): string {
  const body = source.replace(/^\^/, '').replace(/\$$/, '');
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      out += ch + (body[i + 1] ?? '');
      i++;
      continue;
    }
    if (!inClass) {
      if (ch === '[') inClass = true;
      out += ch;
      continue;
    }
    if (ch === ']') {
      inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') throw new Error(`Nested class in pattern ${source}`);
    const first = body[i - 1] === '[' || (body[i - 1] === '^' && body[i - 2] === '[');
    const last = body[i + 1] === ']';
    if (ch === '-' && !first && !last) out += ch;
    else out += '()[]{}/-|'.includes(ch) ? `\\${ch}` : ch;
  }
  if (inClass) throw new Error(`Unclosed class in pattern ${source}`);
  return out;
}
