// Cases and their timelines in memory, for use case tests and local tools. Where DynamoDB's
// behaviour shows (conditional transitions, a repeated transition's single timeline entry, the
// status index's order and page limit), this keeps it: test/adapters/contract pins both.
import type { Case, CaseStatus, TimelineEntry, TransitionName } from '../../domain/case/case';
import { TRANSITIONS } from '../../domain/case/case';
import { caseNumberFor } from '../../domain/case/case-number';
import { CaseNotFoundError, ConflictError, IllegalTransitionError } from '../../domain/errors';
import type { CasePatch, CaseRepository, Clock, NewCase } from '../../domain/ports';
import { systemClock } from '../../domain/ports';
import { clone } from './clone';

function applyPatch(kase: Case, patch: CasePatch): Case {
  const next: Record<string, unknown> = { ...kase };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = clone(v);
  }
  return next as unknown as Case;
}

export class InMemoryCaseRepository implements CaseRepository {
  readonly cases = new Map<string, Case>();
  readonly timeline = new Map<string, TimelineEntry[]>();
  private readonly caseNumbers = new Map<string, string>();
  /** The status index's sort key (DynamoDB's GSI1SK): when the case last moved, not when it was last written. */
  private readonly statusSince = new Map<string, string>();
  /** Transition entries written, by transition time and name (DynamoDB keys them so). */
  private readonly transitionEntries = new Set<string>();

  constructor(private readonly clock: Clock = systemClock) {}

  async createCase(newCase: NewCase) {
    const existing = this.cases.get(newCase.caseId);
    if (existing) return { created: false, case: clone(existing) };
    let attempt = 0;
    let caseNumber = caseNumberFor(newCase.caseId, attempt);
    while (this.caseNumbers.has(caseNumber) && this.caseNumbers.get(caseNumber) !== newCase.caseId) caseNumber = caseNumberFor(newCase.caseId, ++attempt);
    this.caseNumbers.set(caseNumber, newCase.caseId);
    const kase: Case = { ...clone(newCase), caseNumber, status: 'received', version: 1, updatedAt: newCase.createdAt, reopenCount: 0 };
    this.cases.set(kase.caseId, kase);
    this.statusSince.set(kase.caseId, kase.updatedAt);
    return { created: true, case: clone(kase) };
  }

  async getCase(caseId: string) {
    const c = this.cases.get(caseId);
    return c ? clone(c) : undefined;
  }

  async findCaseIdByNumber(caseNumber: string) {
    return this.caseNumbers.get(caseNumber);
  }

  async transition(caseId: string, name: TransitionName, patch: CasePatch, entry: Omit<TimelineEntry, 'at'>) {
    const kase = this.cases.get(caseId);
    if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
    const { from, to } = TRANSITIONS[name];
    if (!from.includes(kase.status) && kase.status !== to) throw new IllegalTransitionError(`${name}: a case in status ${kase.status} cannot move to ${to}`);
    const now = this.clock.now().toISOString();
    // A repeat of the transition that put the case here keeps its first time, and so its one entry.
    const repeat = kase.status === to && kase.lastTransition?.name === name;
    const lastTransition = repeat ? kase.lastTransition! : { name, at: now };
    const next = { ...applyPatch(kase, patch), status: to, version: kase.version + 1, updatedAt: now, lastTransition };
    this.cases.set(caseId, next);
    this.statusSince.set(caseId, now);
    const entryKey = `${caseId}#${lastTransition.at}#${name}`;
    if (!this.transitionEntries.has(entryKey)) {
      this.transitionEntries.add(entryKey);
      this.pushEntry(caseId, { at: lastTransition.at, ...clone(entry) });
    }
    return clone(next);
  }

  async update(caseId: string, patch: CasePatch) {
    const kase = this.cases.get(caseId);
    if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
    const next = { ...applyPatch(kase, patch), version: kase.version + 1, updatedAt: this.clock.now().toISOString() };
    this.cases.set(caseId, next);
    return clone(next);
  }

  async updateAtVersion(caseId: string, patch: CasePatch, expectedVersion: number) {
    const kase = this.cases.get(caseId);
    if (!kase) throw new CaseNotFoundError(`No case ${caseId}`);
    if (kase.version !== expectedVersion) throw new ConflictError(`Case ${caseId} changed meanwhile`);
    return this.update(caseId, patch);
  }

  async appendTimeline(caseId: string, entry: Omit<TimelineEntry, 'at'>) {
    this.pushEntry(caseId, { at: this.clock.now().toISOString(), ...clone(entry) });
  }

  async listTimeline(caseId: string) {
    return clone(this.timeline.get(caseId) ?? []);
  }

  async listByStatus(status: CaseStatus, limit = 100) {
    const sortKey = (c: Case) => `${this.statusSince.get(c.caseId) ?? c.updatedAt}#${c.caseId}`;
    return [...this.cases.values()]
      .filter((c) => c.status === status)
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
      .slice(0, Math.max(0, limit))
      .map(clone);
  }

  /** Keeps the timeline in time order, as DynamoDB's sort key does: a late entry goes where its time says. */
  private pushEntry(caseId: string, entry: TimelineEntry) {
    const list = this.timeline.get(caseId) ?? [];
    const at = list.findIndex((e) => e.at > entry.at);
    list.splice(at === -1 ? list.length : at, 0, entry);
    this.timeline.set(caseId, list);
  }
}
