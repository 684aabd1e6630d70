// Small pieces of the console's views: dates, labels, badges, definition
// lists. Values from the API go in as text; a node is only ever one built here.
import { el, str } from '../dom';
import type { Approval, Payout } from './api-types';
import { PAYOUT_STATUS, STATUS_GROUPS } from './text';

export function humanize(code: unknown): string {
  return str(code).replace(/_/g, ' ');
}

/** A label from a table, or the code made readable. */
export function labelOf(table: Readonly<Record<string, string>>, code: unknown): string {
  const key = str(code);
  return Object.hasOwn(table, key) ? table[key]! : humanize(key);
}

export function statusLabel(status: unknown): string {
  return STATUS_GROUPS.find(([s]) => s === status)?.[1] ?? humanize(status);
}

export function when(iso: unknown): string {
  const date = new Date(str(iso));
  if (!iso || Number.isNaN(date.getTime())) return str(iso);
  try {
    return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return date.toISOString();
  }
}

export function timeEl(iso: unknown): HTMLTimeElement {
  const node = el('time', null, when(iso));
  if (iso) node.setAttribute('datetime', str(iso));
  return node;
}

export function priorityBadge(priority: unknown): HTMLSpanElement | null {
  if (!priority) return null;
  const p = str(priority);
  return el('span', `badge${p === 'urgent' || p === 'high' ? ` badge-${p}` : ''}`, p.charAt(0).toUpperCase() + p.slice(1));
}

/** What a definition list or a list item shows: text, or a node built here. */
export type Shown = Node | string | number | null | undefined;

function put(parent: Node, value: Shown): void {
  if (value instanceof Node) parent.appendChild(value);
  else parent.textContent = str(value);
}

/** `<dt>`/`<dd>` pairs into `dl`; empty values are left out. */
export function addDetails(dl: HTMLElement, pairs: readonly (readonly [string, Shown])[]): HTMLElement {
  for (const [label, value] of pairs) {
    if (value === undefined || value === null || value === '') continue;
    dl.appendChild(el('dt', null, label));
    const dd = el('dd');
    put(dd, value);
    dl.appendChild(dd);
  }
  return dl;
}

export function details(pairs: readonly (readonly [string, Shown])[]): HTMLElement {
  return addDetails(el('dl', 'details'), pairs);
}

export function list(items: readonly Shown[], className = 'plain-list'): HTMLUListElement {
  const ul = el('ul', className);
  for (const item of items) {
    const li = el('li');
    put(li, item);
    ul.appendChild(li);
  }
  return ul;
}

export function decisionText(d: Approval | undefined): string {
  if (!d || typeof d !== 'object') return '';
  return humanize(d.decision) + (d.amount ? ` (${str(d.amount)})` : '') + (d.by ? ` by ${str(d.by)}` : '') + (d.at ? `, ${when(d.at)}` : '');
}

export function payoutText(payout: Payout | null | undefined): string {
  if (!payout || typeof payout !== 'object') return '';
  return (
    labelOf(PAYOUT_STATUS, payout.status) +
    (payout.manual === true ? ', paid outside Redress' : '') +
    ((payout.attempt ?? 0) > 1 ? ` (attempt ${str(payout.attempt)})` : '')
  );
}
