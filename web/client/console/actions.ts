// The action panels under a case: findings (agents), the compensation
// decision with dual control, the payout that waits on a person, and resume
// or close for a stuck case (supervisors). Each form is checked here against
// the staff API's own limits (from the page's config) before it is sent, and
// the API's 400 answers land on the same fields.
import type { ConsoleConfig } from '../../console-config';
import { button, byId, clear, form as formById, input, select, setBusy, str, textarea } from '../dom';
import { clearErrors, errorField, showErrors, type ErrorForm } from '../field-errors';
import { fieldErrorsIn, messageOf, type ApiResult, type FieldErrors } from '../http';
import { Amounts, isLower, matches } from './amounts';
import type { Approval, CaseRecord, Proposal } from './api-types';
import type { CaseActionPanels } from './case-view';
import { casePath, type Navigation } from './navigation';
import { showFailure, showNotice } from './notice';
import { canDecide, username } from './session';
import { TEXT } from './text';
import { addDetails, humanize, payoutText } from './view';

interface CurrentCase {
  readonly kase: CaseRecord;
  /** The proposal a decision or payout action is about. */
  proposal?: Proposal;
  /** Set when this decision would be the second approval. */
  firstApproval?: Approval;
}

type Payload = Record<string, unknown>;

/** One action form (`<name>-form`, `<name>-submit`): what it reads, where it posts, what it says on success. */
interface ActionForm {
  readonly name: keyof typeof ERRORS;
  /** The payload, and field errors that keep it from being sent. */
  read(current: CurrentCase): { payload: Payload; errors: FieldErrors };
  /** The API path, or null when the case has nothing this form can act on. */
  path(current: CurrentCase): string | null;
  success(current: CurrentCase, payload: Payload, result: ApiResult): string;
}

const ERRORS = {
  findings: {
    box: 'findings-errors',
    list: 'findings-errors-list',
    fields: {
      summary: errorField('findings-summary'),
      lines: errorField('findings-lines'),
      // The API names only the top-level field, so a compensation error belongs to the whole group.
      compensation: errorField('comp-amount', 'comp-fields-error', 'comp-fields', true),
      'compensation.amount': errorField('comp-amount'),
      'compensation.asset': errorField('comp-asset'),
      'compensation.reason': errorField('comp-reason'),
      amount: errorField('comp-amount'),
      asset: errorField('comp-asset'),
      reason: errorField('comp-reason'),
    },
  },
  decision: {
    box: 'decision-errors',
    list: 'decision-errors-list',
    fields: {
      decision: errorField('decision-approve', 'decision-choice-error', 'field-decision-choice'),
      amount: errorField('decision-amount'),
      reason: errorField('decision-reason'),
    },
  },
  payout: {
    box: 'payout-errors',
    list: 'payout-errors-list',
    fields: {
      action: errorField('payout-retry', 'payout-action-error', 'field-payout-action'),
      reference: errorField('payout-reference'),
      reason: errorField('payout-reason'),
    },
  },
  resume: { box: 'resume-errors', list: 'resume-errors-list', fields: { from: errorField('resume-from'), reason: errorField('resume-reason') } },
  close: { box: 'close-errors', list: 'close-errors-list', fields: { reason: errorField('close-reason') } },
} satisfies Record<string, ErrorForm>;

const PANELS = ['findings-panel', 'decision-panel', 'decision-not-allowed', 'decision-none', 'decision-second-self', 'payout-panel', 'stuck-panel'];
const DECISIONS = [
  ['decision-approve', 'approve'],
  ['decision-approve-lower', 'approve_lower'],
  ['decision-reject', 'reject'],
] as const;
const PAYOUT_ACTIONS = [
  ['payout-retry', 'retry'],
  ['payout-recheck', 'recheck'],
  ['payout-manual', 'manual'],
] as const;

/** The value of the checked radio of a group, or "". */
function chosen(group: readonly (readonly [id: string, value: string])[]): string {
  return group.find(([id]) => input(id).checked)?.[1] ?? '';
}

/** Shows and enables a field only while one choice of its radio group is picked. */
function revealWhile(group: readonly (readonly [id: string, value: string])[], value: string, field: string): void {
  const on = chosen(group) === value;
  byId(`field-${field}`).hidden = !on;
  input(field).disabled = !on;
}

/** The payout states each action makes sense in (payout-actions.ts on the server). */
function payoutActionAllowed(action: string, status: string | undefined): boolean {
  if (action === 'retry') return status === 'failed';
  if (action === 'recheck') return status === 'pending' || status === 'requested';
  return status !== 'paid';
}

const showLowerAmount = () => revealWhile(DECISIONS, 'approve_lower', 'decision-amount');
const showPayoutReference = () => revealWhile(PAYOUT_ACTIONS, 'manual', 'payout-reference');
const waitsForDecision = (p: Proposal | undefined) => !!p && (p.status === 'awaiting_decision' || p.status === 'awaiting_second_approval');
const waitsForPayout = (p: Proposal | undefined) => !!p && (p.status === 'approved' || p.status === 'approved_lower') && p.payout?.status !== 'paid';
const compensationPath = (c: CurrentCase, rest: string) =>
  c.proposal ? `api/compensations/${encodeURIComponent(str(c.kase.caseId))}.${encodeURIComponent(str(c.proposal.proposalId))}${rest}` : null;

export class CaseActions implements CaseActionPanels {
  private current: CurrentCase | null = null;
  private readonly amounts: Amounts;

  constructor(
    private readonly config: ConsoleConfig,
    private readonly nav: Navigation,
  ) {
    this.amounts = new Amounts(config);
    const propose = input('comp-propose');
    propose.addEventListener('change', () => this.showCompensation(propose.checked));
    for (const [id] of DECISIONS) input(id).addEventListener('change', showLowerAmount);
    for (const [id] of PAYOUT_ACTIONS) input(id).addEventListener('change', showPayoutReference);
    for (const spec of [this.findings(), this.decision(), this.payout(), this.resume(), this.close()]) this.wire(spec);
  }

  hide(): void {
    this.current = null;
    for (const id of PANELS) byId(id).hidden = true;
  }

  /** The panel that fits the case's status and the person's groups. */
  show(kase: CaseRecord, proposals: readonly Proposal[]): void {
    this.hide();
    this.current = { kase };
    if (kase.status === 'awaiting_findings') return this.showFindings();
    if (kase.status === 'awaiting_payout') return this.showPayout(proposals.filter(waitsForPayout).pop());
    if (kase.status === 'needs_attention' || kase.status === 'with_supervisor') return this.showStuck();
    if (kase.status === 'awaiting_decision') return this.showDecision(proposals.find(waitsForDecision));
  }

  // ---------- findings ----------

  private showFindings(): void {
    for (const id of ['findings-summary', 'findings-lines', 'comp-amount', 'comp-asset', 'comp-reason'])
      (byId(id) as HTMLInputElement | HTMLTextAreaElement).value = '';
    input('comp-propose').checked = false;
    this.showCompensation(false);
    this.reset('findings');
    byId('findings-panel').hidden = false;
  }

  private showCompensation(on: boolean): void {
    const fields = byId('comp-fields', HTMLFieldSetElement);
    fields.hidden = !on;
    fields.disabled = !on;
    input('comp-propose').setAttribute('aria-expanded', on ? 'true' : 'false');
  }

  private findings(): ActionForm {
    const limits = this.config.limits.findings;
    return {
      name: 'findings',
      read: (current) => {
        const lines = textarea('findings-lines')
          .value.split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean);
        const payload: Payload = { summary: textarea('findings-summary').value.trim(), lines };
        const errors: Record<string, string[]> = {};
        if (!payload.summary) errors.summary = ['Write a summary of what you found.'];
        if (lines.length > limits.lines.maxItems) errors.lines = [`At most ${limits.lines.maxItems} lines; you have ${lines.length}.`];
        else if (lines.some((l) => l.length > (limits.lines.item.maxLength ?? Infinity)))
          errors.lines = [`Keep each line under ${str(limits.lines.item.maxLength)} characters.`];
        if (!input('comp-propose').checked) return { payload, errors };
        const amount = input('comp-amount').value.trim();
        const asset = input('comp-asset').value.trim().toUpperCase();
        const reason = textarea('comp-reason').value.trim();
        const evidence = (Array.isArray(current.kase.transactionRefs) ? current.kase.transactionRefs : []).map(str);
        payload.compensation = { amount, asset, reason, evidence };
        const assetOk = matches(limits.asset, asset);
        if (!this.amounts.isAmount(amount, limits.amount)) errors['compensation.amount'] = ['Enter an amount more than zero, such as 25 or 0.05.'];
        else if (assetOk && !this.amounts.fitsAsset(amount, asset)) errors['compensation.amount'] = [this.tooPrecise(asset)];
        if (!assetOk)
          errors['compensation.asset'] = [
            `Enter an asset code of ${str(limits.asset.minLength)} to ${str(limits.asset.maxLength)} letters or digits, e.g. BTC.`,
          ];
        if (!reason) errors['compensation.reason'] = ['Say why the customer should be compensated.'];
        return { payload, errors };
      },
      path: (current) => casePath(current.kase.caseId, '/findings'),
      success: (current) => `Findings recorded for ${str(current.kase.caseNumber)}.`,
    };
  }

  private tooPrecise(asset: string): string {
    return `${asset} has ${this.amounts.decimalsOf(asset)} decimal places; this amount has more.`;
  }

  // ---------- decision, with dual control ----------

  private showDecision(waiting: Proposal | undefined): void {
    if (!waiting) {
      byId('decision-none').hidden = false;
      return;
    }
    if (!canDecide()) {
      byId('decision-not-allowed').hidden = false;
      return;
    }
    const first =
      waiting.status === 'awaiting_second_approval' && waiting.firstApproval && typeof waiting.firstApproval === 'object' ? waiting.firstApproval : undefined;
    // Dual control: the first approver cannot give the second approval.
    if (first && str(first.by) === username()) {
      byId('decision-second-self').hidden = false;
      return;
    }
    this.current = { kase: this.current!.kase, proposal: waiting, firstApproval: first };
    for (const [id] of DECISIONS) input(id).checked = false;
    input('decision-amount').value = '';
    textarea('decision-reason').value = '';
    showLowerAmount();
    this.reset('decision');
    const summary = byId('proposal-details');
    clear(summary);
    addDetails(summary, [
      ['Amount', `${str(waiting.amount)} ${str(waiting.asset)}`],
      ['Proposed by', waiting.proposedBy],
      ['Reason', waiting.reason],
    ]);
    // The second supervisor confirms the first approval as it stands, or rejects it.
    byId('decision-first-approval').hidden = !first;
    byId('option-decision-approve-lower').hidden = !!first;
    byId('decision-title').textContent = first ? 'Second approval of the compensation' : 'Decide on the proposed compensation';
    if (first) {
      byId('decision-first-approval-text').textContent =
        `First approved by ${str(first.by)}: ${humanize(first.decision)} of ${str(first.amount || waiting.amount)} ${str(waiting.asset)}. ` +
        'The amount is above the single-approver limit, so a second, different supervisor must approve it. Approve to confirm it as it stands, or reject it.';
    }
    byId('decision-panel').hidden = false;
  }

  private decision(): ActionForm {
    const limits = this.config.limits.decision;
    return {
      name: 'decision',
      read: (current) => {
        const proposal = current.proposal!;
        const payload: Payload = { decision: chosen(DECISIONS), reason: textarea('decision-reason').value.trim() };
        const second = !!current.firstApproval;
        const errors: Record<string, string[]> = {};
        if (!payload.decision) errors.decision = [second ? 'Choose approve or reject.' : 'Choose approve, approve a lower amount or reject.'];
        else if (second && payload.decision === 'approve_lower')
          errors.decision = ['A second approval confirms the first as it stands: choose approve or reject.'];
        if (payload.decision === 'approve_lower' && !second) {
          const amount = input('decision-amount').value.trim();
          payload.amount = amount;
          if (!this.amounts.isAmount(amount, limits.amount)) errors.amount = ['Enter the lower amount, such as 10 or 0.01.'];
          else if (!this.amounts.fitsAsset(amount, str(proposal.asset))) errors.amount = [this.tooPrecise(str(proposal.asset))];
          else if (!isLower(amount, str(proposal.amount)))
            errors.amount = [`Enter less than the proposed ${str(proposal.amount)} ${str(proposal.asset)}, or choose Approve.`];
        }
        if (!payload.reason) errors.reason = ['Give a reason for the decision.'];
        return { payload, errors };
      },
      path: (current) => compensationPath(current, '/decision'),
      success: (current, payload, result) => {
        const caseNumber = str(current.kase.caseNumber);
        return result.body?.status === 'awaiting_second_approval'
          ? `${caseNumber}: ${messageOf(result, 'First approval recorded; a second supervisor must approve.')}`
          : `Decision recorded for ${caseNumber}: ${humanize(payload.decision)}.`;
      },
    };
  }

  // ---------- payout ----------

  private showPayout(waiting: Proposal | undefined): void {
    if (!waiting) return;
    if (!canDecide()) {
      byId('decision-not-allowed').hidden = false;
      return;
    }
    this.current = { kase: this.current!.kase, proposal: waiting };
    const payout = waiting.payout && typeof waiting.payout === 'object' ? waiting.payout : {};
    const summary = byId('payout-summary');
    clear(summary);
    addDetails(summary, [
      ['Amount', `${str(payout.amount || waiting.amount)} ${str(payout.asset || waiting.asset)}`],
      ['Status', payoutText(payout) || 'Not requested yet'],
      ['Problem', payout.reason ? humanize(payout.reason) : ''],
      ['Reference', payout.reference],
      ['Account', payout.accountId],
    ]);
    for (const [id] of PAYOUT_ACTIONS) input(id).checked = false;
    input('payout-reference').value = '';
    textarea('payout-reason').value = '';
    showPayoutReference();
    this.reset('payout');
    for (const [id, action] of PAYOUT_ACTIONS) {
      const allowed = payoutActionAllowed(action, payout.status);
      byId(`option-${id}`).hidden = !allowed;
      input(id).disabled = !allowed;
    }
    byId('payout-panel').hidden = false;
  }

  private payout(): ActionForm {
    const reference = this.config.limits.payout.reference;
    return {
      name: 'payout',
      read: () => {
        const payload: Payload = { action: chosen(PAYOUT_ACTIONS), reason: textarea('payout-reason').value.trim() };
        const errors: Record<string, string[]> = {};
        if (!payload.action) errors.action = ['Choose what to do about the payout.'];
        if (payload.action === 'manual') {
          payload.reference = input('payout-reference').value.trim();
          if (!payload.reference || !matches(reference, str(payload.reference))) {
            errors.reference = [`Enter the payment reference: up to ${str(reference.maxLength)} letters, digits, spaces and . _ : / # -`];
          }
        }
        if (!payload.reason) errors.reason = ['Say why.'];
        return { payload, errors };
      },
      path: (current) => compensationPath(current, '/payout'),
      success: (current, payload) =>
        payload.action === 'manual'
          ? `Manual payment recorded for ${str(current.kase.caseNumber)}.`
          : `Payout action sent for ${str(current.kase.caseNumber)}: ${str(payload.action)}.`,
    };
  }

  // ---------- stuck cases: resume or close ----------

  private showStuck(): void {
    if (!canDecide()) return;
    select('resume-from').value = '';
    textarea('resume-reason').value = '';
    textarea('close-reason').value = '';
    this.reset('resume');
    this.reset('close');
    byId('stuck-panel').hidden = false;
  }

  private resume(): ActionForm {
    return {
      name: 'resume',
      read: () => {
        const payload: Payload = { from: select('resume-from').value, reason: textarea('resume-reason').value.trim() };
        const errors: Record<string, string[]> = {};
        if (!payload.from) errors.from = ['Choose the step to resume from.'];
        if (!payload.reason) errors.reason = ['Say why the case can go on now.'];
        return { payload, errors };
      },
      path: (current) => casePath(current.kase.caseId, '/resume'),
      success: (current, _payload, result) => `${str(current.kase.caseNumber)}: ${messageOf(result, 'Resuming.')}.`,
    };
  }

  private close(): ActionForm {
    return {
      name: 'close',
      read: () => {
        const payload: Payload = { reason: textarea('close-reason').value.trim() };
        const errors: FieldErrors = payload.reason ? {} : { reason: ['Give the reason the customer will read.'] };
        return { payload, errors };
      },
      path: (current) => casePath(current.kase.caseId, '/close'),
      success: (current) => `${str(current.kase.caseNumber)} closed; the customer is told why.`,
    };
  }

  // ---------- shared by every form ----------

  private reset(name: ActionForm['name']): void {
    clearErrors(ERRORS[name]);
    setBusy(button(`${name}-submit`), false);
  }

  private wire(spec: ActionForm): void {
    const form = formById(`${spec.name}-form`);
    const submit = button(`${spec.name}-submit`);
    const errorForm = ERRORS[spec.name];
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const current = this.current;
      const path = current && spec.path(current);
      if (!current || !path || submit.disabled) return;
      clearErrors(errorForm);
      const { payload, errors } = spec.read(current);
      if (Object.keys(errors).length) return showErrors(errorForm, errors, TEXT.checkForm);
      setBusy(submit, true, TEXT.sending);
      void this.nav.api('POST', path, payload).then((result) => {
        if (!result) return;
        setBusy(submit, false);
        this.afterWrite(result, errorForm, () => spec.success(current, payload, result));
      });
    });
  }

  /** Back to a fresh queue on success; errors in place otherwise. */
  private afterWrite(result: ApiResult, errors: ErrorForm, success: () => string): void {
    if (result.status === 200 || result.status === 202) {
      this.nav.showQueue();
      showNotice(success(), 'success');
      this.nav.loadQueue();
      byId('queue-title').focus();
      return;
    }
    if (result.status === 400) return showErrors(errors, fieldErrorsIn(result.body), messageOf(result, TEXT.checkForm));
    if (result.status === 403 || result.status === 409) return showNotice(messageOf(result, result.status === 403 ? TEXT.forbidden : TEXT.conflict), 'error');
    showFailure(result, 'Not saved');
  }
}
