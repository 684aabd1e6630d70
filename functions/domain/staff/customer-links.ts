// The customer's answer is the customer's alone: nothing the staff API returns
// may carry a link id that answers for the customer (the satisfaction link, or
// any other). Applied to a response as a whole, not field by field, so a field
// added later cannot leak one: the ids are dropped by name where the case
// keeps them, and any string that carries one — a timeline detail, a task
// reference, a customer's reply quoting our mail — has it blanked.

/** Fields that hold a link id or a link, wherever they appear. */
const LINK_FIELDS = new Set(['answerLink', 'linkId', 'answerUrl', 'taskToken']);

/** The path answer links live under (prepare-wait.ts): any id after it is blanked even if we do not know it. */
const ANSWER_URL = /\/answers\/[A-Za-z0-9_-]+/g;

export const REMOVED_LINK = '[customer link removed]';

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') {
    let out = value.replace(ANSWER_URL, `/answers/${REMOVED_LINK}`);
    for (const secret of secrets) out = out.split(secret).join(REMOVED_LINK);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !LINK_FIELDS.has(k))
        .map(([k, v]) => [k, scrub(v, secrets)]),
    );
  }
  return value;
}

/**
 * `value` without any customer link: fields named for links are dropped, and every string has
 * each of `knownLinkIds` (and any /answers/<id> URL) blanked.
 */
export function withoutCustomerLinks<T>(value: T, knownLinkIds: readonly (string | undefined)[]): T {
  // Link ids are long random strings; anything short is not one and would blank ordinary words.
  const secrets = knownLinkIds.filter((id): id is string => typeof id === 'string' && id.length >= 16);
  return scrub(value, secrets) as T;
}
