// What the web form may send. JSON and form-encoded bodies both end up here;
// a body that fails this schema gets a 400 with field errors and opens no case.
import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../messages';

const trimmed = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` });

export const ComplaintSubmissionSchema = z
  .object({
    name: trimmed(120).min(1, { message: 'Please tell us your name' }),
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ message: 'Please enter a valid email address' })),
    accountId: trimmed(64)
      .regex(/^[A-Za-z0-9_-]*$/, { message: 'Account id may only contain letters, digits, - and _' })
      .optional()
      .transform((v) => (v ? v : undefined)),
    description: trimmed(5000).min(10, { message: 'Please describe what happened (at least 10 characters)' }),
    transactionHashes: z
      .array(trimmed(120).regex(/^[A-Za-z0-9]+$/, { message: 'A transaction hash is letters and digits only' }))
      .max(20, { message: 'At most 20 transaction hashes' })
      .optional()
      .default([]),
    language: z
      .enum(SUPPORTED_LANGUAGES, { message: 'Unsupported language' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    wantsHuman: z.boolean().optional().default(false),
  })
  .strict();

export type ComplaintSubmission = z.infer<typeof ComplaintSubmissionSchema>;

/** Form-encoded bodies arrive as strings: turn them into the JSON shape first. */
export function fromFormFields(fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  if (typeof fields.transactionHashes === 'string') {
    out.transactionHashes = fields.transactionHashes
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if ('wantsHuman' in fields) out.wantsHuman = ['on', 'true', '1', 'yes'].includes(String(fields.wantsHuman).toLowerCase());
  for (const key of ['accountId', 'language'] as const) if (out[key] === '') delete out[key];
  return out;
}

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_body';
    const message = issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : issue.message;
    (out[field] ??= []).push(message);
  }
  return out;
}
