// Names come from a public form, so a name is only ever used to greet, and only
// after it has been cut down to something that can be nothing but a name: an
// attacker who types a sentence into "name" must not get it mailed to a victim.

const MAX_NAME_LENGTH = 60;

/**
 * Letters (any script, with their combining marks), spaces, apostrophes and
 * hyphens; everything else is removed. Undefined when nothing usable is left
 * or the result is longer than 60 characters.
 */
export function sanitizeCustomerName(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/[^\p{L}\p{M} '\u2019\u02BC\-\u2010]/gu, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s'\u2019\-\u2010]+|[\s'\u2019\-\u2010]+$/gu, '');
  if (!/\p{L}/u.test(cleaned)) return undefined;
  if ([...cleaned].length > MAX_NAME_LENGTH) return undefined;
  return cleaned;
}
