// The queue: cases waiting on a person, grouped by what they wait for, most
// urgent first; what customers wrote back on top, and incidents above it all.
import { button, byId, clear, el, setBusy, str } from '../dom';
import type { CaseSummary, Incident } from './api-types';
import type { Navigation } from './navigation';
import { clearNotice, showFailure } from './notice';
import { STATUS_GROUPS, TEXT } from './text';
import { humanize, priorityBadge, timeEl, when } from './view';

const PRIORITY_RANK: Readonly<Record<string, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };
const rank = (c: CaseSummary) => PRIORITY_RANK[str(c.priority)] ?? PRIORITY_RANK.normal!;

function byUrgencyThenAge(a: CaseSummary, b: CaseSummary): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const ua = str(a.updatedAt);
  const ub = str(b.updatedAt);
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

interface Group {
  readonly status: string;
  readonly title: string;
  readonly cases: CaseSummary[];
}

export class Queue {
  private busy = false;

  constructor(private readonly nav: Navigation) {
    button('refresh').addEventListener('click', () => {
      clearNotice();
      this.load();
    });
  }

  load(): void {
    if (this.busy) return;
    this.busy = true;
    const box = byId('queue');
    setBusy(button('refresh'), true, TEXT.loading);
    box.setAttribute('aria-busy', 'true');
    void this.nav.api('GET', 'api/cases').then((result) => {
      void this.loadIncidents();
      // null: the session ended meanwhile, and reset() put everything back.
      if (!result) return;
      this.busy = false;
      setBusy(button('refresh'), false);
      box.setAttribute('aria-busy', 'false');
      const cases = result.body?.cases;
      if (result.status === 200 && Array.isArray(cases)) {
        this.render(cases as CaseSummary[]);
        byId('queue-updated').textContent = `Updated ${when(new Date().toISOString())}.`;
        return;
      }
      showFailure(result, 'The queue could not be loaded');
    });
  }

  /** After a sign-out: nothing of the last session stays on screen. */
  reset(): void {
    this.busy = false;
    clear(byId('queue'));
    byId('queue-updated').textContent = '';
    setBusy(button('refresh'), false);
  }

  private async loadIncidents(): Promise<void> {
    const result = await this.nav.api('GET', 'api/incidents');
    const incidents = result?.body?.incidents;
    if (result?.status === 200 && Array.isArray(incidents)) renderIncidents(incidents as Incident[]);
  }

  private render(cases: readonly CaseSummary[]): void {
    const box = byId('queue');
    clear(box);
    const groups: Group[] = STATUS_GROUPS.map(([status, title]) => ({ status, title, cases: [] }));
    const other: Group = { status: 'other', title: 'Other', cases: [] };
    // What the customer wrote back comes first: they were told a person reads it.
    const replied: Group = { status: 'replied', title: 'The customer wrote back', cases: [] };
    for (const c of cases) {
      if (!c || typeof c !== 'object') continue;
      const group = c.unreadReplies === true ? replied : (groups.find((g) => g.status === c.status) ?? other);
      group.cases.push(c);
    }
    if (replied.cases.length) groups.unshift(replied);
    if (other.cases.length) groups.push(other);
    for (const group of groups) box.appendChild(this.section(group));
  }

  private section(group: Group): HTMLElement {
    const section = el('section', 'queue-group');
    const headingId = `queue-${group.status}`;
    section.setAttribute('aria-labelledby', headingId);
    const h2 = el('h2', null, `${group.title} `);
    h2.setAttribute('id', headingId);
    const n = group.cases.length;
    const count = el('span', 'count', String(n));
    count.setAttribute('aria-label', n === 1 ? '1 case' : `${n} cases`);
    h2.appendChild(count);
    section.appendChild(h2);
    section.appendChild(n ? this.table(group.title, group.cases.slice().sort(byUrgencyThenAge)) : el('p', 'empty', 'Nothing here.'));
    return section;
  }

  private table(caption: string, cases: readonly CaseSummary[]): HTMLElement {
    const wrap = el('div', 'table-wrap');
    const table = el('table', 'queue-table');
    table.appendChild(el('caption', 'visually-hidden', caption));
    const head = el('thead');
    const headRow = el('tr');
    for (const title of ['Case', 'Priority', 'Category', 'Queue', 'Assignee', 'Updated', 'Why a person']) {
      const th = el('th', null, title);
      th.setAttribute('scope', 'col');
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    table.appendChild(head);
    const body = el('tbody');
    for (const c of cases) body.appendChild(this.row(c));
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  private row(c: CaseSummary): HTMLTableRowElement {
    const row = el('tr', 'case-row');
    row.setAttribute('data-testid', `case-row-${str(c.caseNumber)}`);
    const first = el('th');
    first.setAttribute('scope', 'row');
    // The button makes the row reachable by keyboard; its click bubbles to the row.
    const open = el('button', 'link-button', str(c.caseNumber));
    open.setAttribute('type', 'button');
    first.appendChild(open);
    row.appendChild(first);
    const priority = el('td');
    const badge = priorityBadge(c.priority);
    if (badge) priority.appendChild(badge);
    row.appendChild(priority);
    row.appendChild(el('td', null, humanize(c.category)));
    row.appendChild(el('td', null, str(c.queue)));
    row.appendChild(el('td', null, str(c.assignee)));
    const updated = el('td', 'nowrap');
    updated.appendChild(timeEl(c.updatedAt));
    row.appendChild(updated);
    const reasons = Array.isArray(c.needsPersonReasons) ? c.needsPersonReasons.map(humanize) : [];
    if (c.attentionReason) reasons.push(str(c.attentionReason));
    row.appendChild(el('td', null, reasons.join('; ')));
    row.addEventListener('click', () => this.nav.openCase(str(c.caseId)));
    return row;
  }
}

/** A wave of one kind of complaint: likely one problem, not many cases. */
function renderIncidents(incidents: readonly Incident[]): void {
  const box = byId('incidents');
  clear(box);
  for (const i of incidents) {
    if (!i || typeof i !== 'object') continue;
    const note = el('div', 'notice notice-error');
    note.setAttribute('data-testid', 'incident');
    note.appendChild(el('strong', null, 'Possible incident: '));
    note.appendChild(
      document.createTextNode(
        `${str(i.count)} ${humanize(i.category)} complaints within ${str(i.windowMinutes)} minutes, from ${when(str(i.windowStart))}. Check the product before answering them one by one.`,
      ),
    );
    box.appendChild(note);
  }
}
