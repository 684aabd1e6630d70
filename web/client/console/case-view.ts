// One case: who complained and what about, the evidence, the classifier's
// decision, findings, proposals, who opened it, and its timeline, with the
// action panel that fits its status (actions.ts) between them.
import type { ConsoleConfig } from '../../console-config';
import { byId, clear, el, setBusy, str } from '../dom';
import type { CaseDetail, CaseRecord, Evidence, Proposal, Reply, TimelineEntry } from './api-types';
import { casePath, type Navigation } from './navigation';
import { clearNotice, showFailure, showNotice } from './notice';
import { PROPOSAL_STATUS, TEXT } from './text';
import { decisionText, details, humanize, labelOf, list, payoutText, priorityBadge, statusLabel, timeEl, when } from './view';

export interface CaseActionPanels {
  hide(): void;
  show(kase: CaseRecord, proposals: readonly Proposal[]): void;
}

const arrayOf = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);

function httpUrl(value: unknown): string | null {
  try {
    const url = new URL(str(value));
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return url.href;
  } catch {
    // Not a URL: shown as text.
  }
  return null;
}

function detailText(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  if (typeof detail !== 'object') return str(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${str(v)}`)
    .join(', ');
}

export class CaseView {
  // Bumped whenever a case is opened or left: a slow reply for an earlier case is dropped.
  private view = 0;

  constructor(
    private readonly config: ConsoleConfig,
    private readonly nav: Navigation,
    private readonly actions: CaseActionPanels,
  ) {
    byId('back').addEventListener('click', () => {
      nav.showQueue();
      byId('queue-title').focus();
    });
  }

  open(caseId: string): void {
    const mine = ++this.view;
    const box = byId('case-details');
    clearNotice();
    this.reset();
    box.appendChild(el('p', 'empty', TEXT.loading));
    box.setAttribute('aria-busy', 'true');
    byId('queue-view').hidden = true;
    byId('case-view').hidden = false;
    void this.nav.api('GET', casePath(caseId)).then((result) => {
      if (!result || mine !== this.view) return;
      box.setAttribute('aria-busy', 'false');
      const detail = result.body as CaseDetail | null;
      if (result.status === 200 && detail?.case) {
        this.render(detail);
        byId('case-title').focus();
        return;
      }
      this.nav.showQueue();
      showFailure(result, 'The case could not be loaded');
    });
  }

  /** Hides the case view and forgets what it showed. */
  close(): void {
    this.view++;
    this.reset();
    byId('case-view').hidden = true;
  }

  private reset(): void {
    this.actions.hide();
    for (const id of ['case-details', 'case-timeline', 'case-badges']) clear(byId(id));
    byId('case-number').textContent = '';
  }

  private section(title: string, parent = byId('case-details')): HTMLElement {
    const node = el('section', 'case-section');
    node.appendChild(el('h2', null, title));
    parent.appendChild(node);
    return node;
  }

  private render(data: CaseDetail): void {
    const kase = data.case;
    const proposals = arrayOf(data.proposals);
    const box = byId('case-details');
    clear(box);

    byId('case-number').textContent = str(kase.caseNumber);
    const badges = byId('case-badges');
    badges.appendChild(el('span', 'badge badge-status', statusLabel(kase.status)));
    const badge = priorityBadge(kase.priority);
    if (badge) badges.appendChild(badge);
    if (kase.category) badges.appendChild(el('span', 'badge', humanize(kase.category)));
    if (kase.classification?.securityFlag === true) badges.appendChild(el('span', 'badge badge-urgent', 'Security'));

    const contact = kase.contact ?? {};
    box.appendChild(
      details([
        ['Customer', contact.name],
        ['Email', contact.email],
        ['Account ID', contact.accountId],
        ['Language', kase.language],
        ['Queue', kase.queue],
        ['Assignee', kase.assignee],
        ['Updated', kase.updatedAt ? timeEl(kase.updatedAt) : ''],
        ['Reopened', kase.reopenCount ? `${kase.reopenCount} ${kase.reopenCount === 1 ? 'time' : 'times'}` : ''],
        ['Why a person', arrayOf(kase.needsPersonReasons).map(humanize).join('; ')],
        ['Needs attention because', kase.attentionReason],
      ]),
    );

    const complaint = this.section('Complaint');
    complaint.appendChild(el('p', 'description', str(kase.description)));
    const refs = arrayOf(kase.transactionRefs);
    if (refs.length) {
      complaint.appendChild(el('h3', null, 'Transaction references'));
      complaint.appendChild(list(refs.map((r) => el('span', 'mono', str(r)))));
    }

    this.renderReplies(kase, arrayOf(data.replies));
    box.appendChild(this.customerMessageForm(kase));

    const evidence = arrayOf(kase.evidence);
    if (evidence.length) this.section('Evidence').appendChild(list(evidence.map(evidenceItem)));
    this.renderClassification(kase);

    const findings = kase.findings;
    if (findings) {
      const fs = this.section('Findings');
      fs.appendChild(
        details([
          ['By', findings.by],
          ['At', findings.at ? timeEl(findings.at) : ''],
        ]),
      );
      fs.appendChild(el('p', 'description', str(findings.summary)));
      if (arrayOf(findings.lines).length) fs.appendChild(list(arrayOf(findings.lines)));
    }

    if (proposals.length) {
      const ps = this.section('Compensation proposals');
      for (const p of proposals) ps.appendChild(proposalDetails(p));
    }

    const views = arrayOf(data.views);
    if (views.length) {
      // Everyone who opens a case sees who opened it before: access to personal data is not silent.
      const viewList = list(
        views.map((v) => `${str(v.by)} · ${when(str(v.at))}`),
        'plain-list meta',
      );
      viewList.setAttribute('data-testid', 'case-views');
      this.section('Who opened this case').appendChild(viewList);
    }

    // History goes below the action panels: what to do next should not sit under a long timeline.
    this.renderTimeline(arrayOf(data.timeline));
    this.actions.show(kase, proposals);
  }

  private renderReplies(kase: CaseRecord, replies: readonly Reply[]): void {
    if (!replies.length) return;
    const rs = this.section('What the customer wrote back');
    for (const r of replies) {
      const item = el('div', 'reply');
      item.setAttribute('data-testid', 'reply');
      const meta = el('p', 'meta');
      meta.appendChild(timeEl(r.at));
      const attachments = r.attachments ? ` · ${r.attachments} ${r.attachments === 1 ? 'attachment (not kept)' : 'attachments (not kept)'}` : '';
      meta.appendChild(document.createTextNode(` · by ${str(r.channel)}${attachments}${r.readAt ? ` · read by ${str(r.readBy)}` : ' · unread'}`));
      item.appendChild(meta);
      item.appendChild(el('p', 'description', str(r.text)));
      rs.appendChild(item);
    }
    if (replies.every((r) => r.readAt)) return;
    const mark = el('button', 'button button-secondary button-small', 'Mark as read');
    mark.setAttribute('type', 'button');
    mark.setAttribute('data-testid', 'replies-read');
    mark.addEventListener('click', () => {
      setBusy(mark, true, TEXT.sending);
      void this.nav.api('POST', casePath(kase.caseId, '/replies/read'), {}).then((result) => {
        if (!result) return;
        setBusy(mark, false);
        if (result.status !== 200) return showFailure(result, 'The replies could not be marked as read');
        this.open(str(kase.caseId));
        showNotice(`Replies on ${str(kase.caseNumber)} marked as read.`, 'success');
      });
    });
    rs.appendChild(mark);
  }

  /** Writing to the customer: an answer to what they wrote back, a question, an update. */
  private customerMessageForm(kase: CaseRecord): HTMLElement {
    const box = el('section', 'case-section');
    box.appendChild(el('h2', null, 'Write to the customer'));
    const form = el('form');
    const label = el('label', null, 'Message');
    label.setAttribute('for', 'customer-message');
    const hint = el(
      'p',
      'hint',
      'Sent by email with the case number, framed in the customer’s language (write your words in it too). Their reply comes back to this case.',
    );
    hint.setAttribute('id', 'customer-message-hint');
    const text = el('textarea');
    text.setAttribute('id', 'customer-message');
    text.setAttribute('data-testid', 'customer-message');
    text.setAttribute('rows', '4');
    const max = this.config.limits.customerMessage.maxLength;
    if (max !== undefined) text.setAttribute('maxlength', String(max));
    text.setAttribute('aria-describedby', 'customer-message-hint');
    const send = el('button', 'button button-primary', 'Send to the customer');
    send.setAttribute('type', 'submit');
    send.setAttribute('data-testid', 'customer-message-send');
    const actions = el('div', 'actions');
    actions.appendChild(send);
    for (const n of [label, hint, text, actions]) form.appendChild(n);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const message = text.value.trim();
      if (!message) return showNotice('Write something to the customer first.', 'error');
      const caseNumber = str(kase.caseNumber);
      setBusy(send, true, TEXT.sending);
      void this.nav.api('POST', casePath(kase.caseId, '/messages'), { message }).then((result) => {
        if (!result) return;
        setBusy(send, false);
        if (result.status !== 200 && result.status !== 202) return showFailure(result, 'The message could not be sent');
        this.open(str(kase.caseId));
        showNotice(
          result.status === 202 ? `Sent to the customer of ${caseNumber}.` : `That message was already sent to the customer of ${caseNumber}.`,
          'success',
        );
      });
    });
    box.appendChild(form);
    return box;
  }

  private renderClassification(kase: CaseRecord): void {
    const cls = kase.classification;
    if (!cls) return;
    const section = this.section('Classification');
    const cross = cls.crossCheck;
    section.appendChild(
      details([
        ['Category', humanize(cls.category)],
        ['Priority', cls.priority],
        ['Security', cls.securityFlag === true ? 'Yes: possible account or fund security issue' : 'No'],
        ['Confidence', typeof cls.confidence === 'number' ? `${Math.round(cls.confidence * 100)}%` : cls.confidence],
        ['Classifier', cls.classifier],
        ['Model', cls.modelId],
        ['Prompt version', cls.promptVersion],
        ['Latency', typeof cls.latencyMs === 'number' ? `${Math.round(cls.latencyMs * 10) / 10} ms` : undefined],
        ['Tokens in / out', typeof cls.inputTokens === 'number' ? `${cls.inputTokens} / ${str(cls.outputTokens)}` : undefined],
        ['Queue', cls.queue],
        ['Summary', cls.summary],
        ['Fallback reason', cls.fallbackReason],
        ['Offline cross-check', cross ? humanize(cross.category) + (cross.agreed ? ' (agrees)' : ' (disagrees: confidence capped)') : undefined],
      ]),
    );
    const auto = kase.automaticAnswer;
    if (auto) section.appendChild(details([['Answered automatically', auto.kind === 'article' ? `Help article ${str(auto.articleId)}` : humanize(auto.kind)]]));
  }

  private renderTimeline(timeline: readonly TimelineEntry[]): void {
    const tl = this.section('Timeline', byId('case-timeline'));
    if (!timeline.length) {
      tl.appendChild(el('p', 'empty', 'Nothing recorded yet.'));
      return;
    }
    const ol = el('ol', 'timeline');
    for (const entry of timeline) {
      const li = el('li');
      const meta = el('span', 'meta');
      meta.appendChild(timeEl(entry.at));
      meta.appendChild(document.createTextNode(` · ${str(entry.actor)}`));
      li.appendChild(meta);
      li.appendChild(el('span', null, humanize(entry.action)));
      const text = detailText(entry.detail);
      if (text) li.appendChild(el('span', 'meta', text));
      ol.appendChild(li);
    }
    tl.appendChild(ol);
  }
}

function evidenceItem(item: Evidence): HTMLElement {
  const wrap = el('span');
  const url = httpUrl(item.explorerUrl);
  const ref = el(url ? 'a' : 'span', 'mono', str(item.reference));
  if (url) {
    ref.setAttribute('href', url);
    ref.setAttribute('target', '_blank');
    ref.setAttribute('rel', 'noopener noreferrer');
  }
  wrap.appendChild(ref);
  const facts = [str(item.chain)];
  if (item.ledgerStatus) facts.push(humanize(item.ledgerStatus));
  if (item.amount) facts.push(str(item.amount) + (item.asset ? ` ${str(item.asset)}` : ''));
  wrap.appendChild(document.createTextNode(` (${facts.filter(Boolean).join(', ')})`));
  // The ledger holds it under another account: the customer is told nothing about it either way.
  if (item.otherAccount === true) {
    wrap.appendChild(document.createTextNode(' '));
    wrap.appendChild(el('span', 'badge badge-high evidence-other-account', 'Not this customer’s transaction'));
  }
  return wrap;
}

function proposalDetails(p: Proposal): HTMLElement {
  const decision = p.decision;
  const first = decision ? undefined : p.firstApproval;
  const payout = p.payout && typeof p.payout === 'object' ? p.payout : null;
  const dl = details([
    ['Amount', `${str(p.amount)} ${str(p.asset)}`],
    ['Status', labelOf(PROPOSAL_STATUS, p.status)],
    ['Proposed by', p.proposedBy],
    ['Reason', p.reason],
    ['First approval', decisionText(first)],
    ['First approval reason', first?.reason],
    ['Decision', decisionText(decision)],
    ['Second approval by', decision?.secondBy],
    ['Decision reason', decision?.reason],
    ['Payout', payoutText(payout)],
    ['Payout amount', payout?.amount ? `${str(payout.amount)} ${str(payout.asset)}` : ''],
    ['Payout reference', payout?.reference],
    ['Payout problem', payout?.reason ? humanize(payout.reason) : ''],
    ['Payout recorded by', payout?.recordedBy],
  ]);
  dl.setAttribute('data-testid', `proposal-${str(p.proposalId)}`);
  return dl;
}
