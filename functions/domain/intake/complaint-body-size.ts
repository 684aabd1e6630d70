// The largest request body a valid complaint can arrive in, computed from
// ComplaintSubmissionSchema's own limits. The WAF in front of the API
// (infra/stacks/app-stack.ts) blocks only bodies larger than this, so nothing
// the form accepts is refused at the edge, whatever the language.
import { z } from 'zod';
import { ComplaintSubmissionSchema } from './complaint-schema';

export type BodyEncoding = 'json' | 'form';

/**
 * The most bytes one UTF-16 code unit (what the schema's `max` counts) can take on the wire.
 * JSON may escape any code unit as `\uXXXX` (6 bytes). A form post percent-encodes each UTF-8
 * byte as `%XX`, and a code unit in U+0800..U+FFFF (Chinese, most scripts) is three UTF-8
 * bytes, so 9; a field whose schema admits only ASCII takes at most 3. Clients are free to
 * escape or percent-encode more than they must, so the bound assumes they do.
 */
const BYTES_PER_UNIT: Record<BodyEncoding, { text: number; ascii: number }> = { json: { text: 6, ascii: 6 }, form: { text: 9, ascii: 3 } };
/** The form's hash box splits on whitespace, commas and semicolons; a line break is sent as CRLF, `%0D%0A`. */
const FORM_LIST_SEPARATOR_BYTES = 6;
/** Pretty-printed JSON puts a line break and indentation before each field and list item. */
const JSON_WHITESPACE_PER_TOKEN = 8;
/** `false` is the longest a boolean gets (a checkbox sends `true`). */
const BOOLEAN_UNITS = 5;

interface SchemaNode {
  readonly type?: string;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly maxItems?: number;
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

/** A pattern that is one ASCII character class, repeated: `^[A-Za-z0-9_-]*$`. */
function admitsOnlyAscii(pattern: string | undefined): boolean {
  const cls = /^\^\[([^\]\\^][^\]\\]*)\][*+]\$$/.exec(pattern ?? '')?.[1];
  return cls !== undefined && [...cls].every((ch) => ch.charCodeAt(0) < 0x80);
}

function valueBytes(node: SchemaNode, encoding: BodyEncoding, field: string): number {
  const quotes = encoding === 'json' ? 2 : 0;
  if (node.anyOf) return Math.max(...node.anyOf.map((n) => valueBytes(n, encoding, field)));
  if (node.enum || node.const !== undefined) {
    const longest = Math.max(...(node.enum ?? [node.const]).map((v) => String(v).length));
    return quotes + longest * BYTES_PER_UNIT[encoding].text;
  }
  if (node.type === 'boolean') return BOOLEAN_UNITS * (encoding === 'json' ? 1 : BYTES_PER_UNIT.form.ascii);
  if (node.type === 'string') {
    if (node.maxLength === undefined) throw new Error(`Complaint field ${field} has no maximum length, so no body size bounds a valid complaint`);
    return quotes + node.maxLength * BYTES_PER_UNIT[encoding][admitsOnlyAscii(node.pattern) ? 'ascii' : 'text'];
  }
  if (node.type === 'array') {
    if (node.maxItems === undefined || !node.items)
      throw new Error(`Complaint field ${field} has no maximum number of items, so no body size bounds a valid complaint`);
    const n = node.maxItems;
    const item = valueBytes(node.items, encoding, `${field}[]`);
    // JSON: brackets, items, commas, whitespace. Form: one text field, items joined by separators.
    return encoding === 'json' ? 2 + n * (item + JSON_WHITESPACE_PER_TOKEN) + (n - 1) : n * item + (n - 1) * FORM_LIST_SEPARATOR_BYTES;
  }
  throw new Error(`Complaint field ${field} has a shape (${JSON.stringify(node)}) the body size bound does not know`);
}

/** The largest body, in bytes, a valid complaint takes in one encoding, every field at its maximum. */
export function largestComplaintBodyBytesAs(encoding: BodyEncoding): number {
  const schema = z.toJSONSchema(ComplaintSubmissionSchema, { io: 'input' }) as SchemaNode;
  const fields = Object.entries(schema.properties ?? {});
  const perKeyUnit = BYTES_PER_UNIT[encoding].ascii;
  const members = fields.map(
    ([key, node]) =>
      encoding === 'json'
        ? 2 + key.length * perKeyUnit + 1 + valueBytes(node, encoding, key) + JSON_WHITESPACE_PER_TOKEN // "key": value
        : key.length * perKeyUnit + 1 + valueBytes(node, encoding, key), // key=value
  );
  const joints = fields.length - 1; // commas or ampersands
  return members.reduce((a, b) => a + b, 0) + joints + (encoding === 'json' ? 2 + JSON_WHITESPACE_PER_TOKEN : 0);
}

/**
 * The largest body, in bytes, any valid complaint can arrive in: JSON (the form's script, API
 * clients) or form-encoded (the form without JavaScript), every field at its maximum in the
 * widest characters it admits. Padding the schema strips (surrounding whitespace, repeated
 * separators) is not counted: no client sends it, and a body padded past this is refused.
 */
export function largestComplaintBodyBytes(): number {
  return Math.max(largestComplaintBodyBytesAs('json'), largestComplaintBodyBytesAs('form'));
}
