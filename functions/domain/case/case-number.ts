// Case numbers customers read over the phone: RDR-XXXX-XX from an alphabet
// without look-alikes (no 0/O, 1/I/L, U), derived from the case id so that a
// repeated intake computes the same number; `attempt` salts it on the rare
// collision the repository reports.
import { createHash } from 'node:crypto';

export const CASE_NUMBER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CASE_NUMBER_PATTERN = /^RDR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/;

export function caseNumberFor(caseId: string, attempt = 0): string {
  const digest = createHash('sha256').update(`${caseId}#${attempt}`).digest();
  let symbols = '';
  for (let i = 0; i < 6; i++) symbols += CASE_NUMBER_ALPHABET[digest[i]! % CASE_NUMBER_ALPHABET.length];
  return `RDR-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** Accepts what a customer types or says ("rdr 7k3m q9", "RDR7K3MQ9") and returns the canonical form. */
export function normalizeCaseNumber(input: string): string | undefined {
  const compact = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0');
  const body = compact.startsWith('RDR') ? compact.slice(3) : compact;
  if (body.length !== 6) return undefined;
  const candidate = `RDR-${body.slice(0, 4)}-${body.slice(4)}`;
  return CASE_NUMBER_PATTERN.test(candidate) ? candidate : undefined;
}
