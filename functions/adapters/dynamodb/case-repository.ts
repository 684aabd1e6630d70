// Cases and their timelines on DynamoDB. Every status change is a conditional update
// (`#status IN (...)`), so two racing writers cannot both win and an illegal transition is
// refused by the database. The status index (GSI1 `STATUS#<status>`, sorted by the time of the
// last transition) is what the console's queues and the sweeper read.
import { randomBytes } from 'node:crypto';
import type { Case, CaseStatus, TimelineEntry, TransitionName } from '../../domain/case/case';
import { TRANSITIONS } from '../../domain/case/case';
import { caseNumberFor } from '../../domain/case/case-number';
import { CaseNotFoundError, ConflictError, IllegalTransitionError, TransientError } from '../../domain/errors';
import type { CasePatch, CaseRepository, NewCase } from '../../domain/ports';
import { casePartition, strip, type CaseTable } from './case-table';

const caseKey = (caseId: string) => ({ PK: casePartition(caseId), SK: 'CASE' });
const statusIndex = (status: CaseStatus, updatedAt: string, caseId: string) => ({ GSI1PK: `STATUS#${status}`, GSI1SK: `${updatedAt}#${caseId}` });

export class DynamoDbCaseRepository implements CaseRepository {
  constructor(private readonly table: CaseTable) {}

  async createCase(newCase: NewCase): Promise<{ created: boolean; case: Case }> {
    const caseNumber = await this.claimCaseNumber(newCase.caseId);
    const kase: Case = { ...newCase, caseNumber, status: 'received', version: 1, updatedAt: newCase.createdAt, reopenCount: 0 };
    // The item carries the request fingerprint: the key and the complaint it names are claimed in this one write.
    if (await this.table.putOnce({ ...caseKey(kase.caseId), ...statusIndex('received', kase.updatedAt, kase.caseId), entity: 'case', ...kase }))
      return { created: true, case: kase };
    const existing = await this.getCase(newCase.caseId);
    if (!existing) throw new TransientError('Case vanished while being created');
    return { created: false, case: existing };
  }

  /**
   * The number is claimed before the case is written: a crash in between
   * leaves a claim that points at this case id, which the retry reuses.
   */
  private async claimCaseNumber(caseId: string): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const caseNumber = caseNumberFor(caseId, attempt);
      const claimed = await this.table.put({
        Item: { PK: `CASENO#${caseNumber}`, SK: 'CASENO', entity: 'case-number', caseId },
        ConditionExpression: 'attribute_not_exists(PK) OR caseId = :caseId',
        ExpressionAttributeValues: { ':caseId': caseId },
      });
      if (claimed) return caseNumber;
    }
    throw new TransientError('Could not claim a unique case number');
  }

  async getCase(caseId: string): Promise<Case | undefined> {
    const item = await this.table.get(caseKey(caseId));
    return item ? strip<Case>(item) : undefined;
  }

  async findCaseIdByNumber(caseNumber: string): Promise<string | undefined> {
    return (await this.table.get({ PK: `CASENO#${caseNumber}`, SK: 'CASENO' }))?.caseId as string | undefined;
  }

  async transition(caseId: string, name: TransitionName, patch: CasePatch, entry: Omit<TimelineEntry, 'at'>): Promise<Case> {
    const { from, to } = TRANSITIONS[name];
    const updatedAt = this.table.now().toISOString();
    const index = statusIndex(to, updatedAt, caseId);
    const { sets, removes, names, values: patchValues } = patchExpression(patch);
    const common = { ':to': to, ':name': name, ':one': 1, ':updatedAt': updatedAt, ':gsi1pk': index.GSI1PK, ':gsi1sk': index.GSI1SK, ...patchValues };
    const setStatus = `SET #status = :to, #version = #version + :one, updatedAt = :updatedAt, GSI1PK = :gsi1pk, GSI1SK = :gsi1sk${sets.length ? ', ' + sets.join(', ') : ''}`;
    const remove = removes.length ? ` REMOVE ${removes.join(', ')}` : '';
    const send = async (condition: string, update: string, values: Record<string, unknown>): Promise<Case | undefined> => {
      const written = await this.table.update({
        Key: caseKey(caseId),
        UpdateExpression: update + remove,
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#status': 'status', '#version': 'version', '#name': 'name', ...names },
        ExpressionAttributeValues: { ...common, ...values },
        ReturnValues: 'ALL_NEW',
      });
      return written && strip<Case>(written);
    };
    const fromOthers = from.filter((s) => s !== to);
    const fromValues = Object.fromEntries(fromOthers.map((s, i) => [`:from${i}`, s]));
    const fromAllowed = fromOthers.length ? `#status IN (${fromOthers.map((_, i) => `:from${i}`).join(', ')}) OR ` : '';
    // Two writes race only with another transition of this case; the loop settles which one a repeat is.
    for (let attempt = 0; attempt < 3; attempt++) {
      // First application: from an allowed status, or from `to` reached by another transition. It
      // remembers which transition and when, so that a repeat can find the timeline entry it wrote.
      const first = await send(
        `attribute_exists(PK) AND (${fromAllowed}(#status = :to AND (attribute_not_exists(lastTransition) OR lastTransition.#name <> :name)))`,
        `${setStatus}, lastTransition = :last`,
        { ...fromValues, ':last': { name, at: updatedAt } },
      );
      if (first) {
        await this.putTransitionEntry(caseId, { name, at: updatedAt }, entry);
        return first;
      }
      // Already in `to` by this very transition: a retried step repeating its own write. The patch
      // is applied again; the entry is written only if the first run died before writing it.
      const repeat = await send('attribute_exists(PK) AND #status = :to AND lastTransition.#name = :name', setStatus, {});
      if (repeat) {
        await this.putTransitionEntry(caseId, repeat.lastTransition!, entry);
        return repeat;
      }
      const current = await this.getCase(caseId);
      if (!current) throw new CaseNotFoundError(`No case ${caseId}`);
      if (current.status !== to) throw new IllegalTransitionError(`${name}: a case in status ${current.status} cannot move to ${to}`);
    }
    throw new TransientError(`${name}: case ${caseId} is contended`);
  }

  /** A transition's timeline entry, keyed by the transition and its time: written once however often it is repeated. */
  private async putTransitionEntry(caseId: string, transition: { name: string; at: string }, entry: Omit<TimelineEntry, 'at'>): Promise<void> {
    await this.table.put({
      Item: { PK: casePartition(caseId), SK: `TL#${transition.at}#T:${transition.name}`, entity: 'timeline', at: transition.at, ...entry },
      ConditionExpression: 'attribute_not_exists(SK)',
    });
  }

  async update(caseId: string, patch: CasePatch): Promise<Case> {
    const written = await this.write(caseId, patch, 'attribute_exists(PK)', {});
    if (!written) throw new CaseNotFoundError(`No case ${caseId}`);
    return written;
  }

  async updateAtVersion(caseId: string, patch: CasePatch, expectedVersion: number): Promise<Case> {
    const written = await this.write(caseId, patch, 'attribute_exists(PK) AND #version = :expectedVersion', { ':expectedVersion': expectedVersion });
    if (written) return written;
    if (!(await this.getCase(caseId))) throw new CaseNotFoundError(`No case ${caseId}`);
    throw new ConflictError(`Case ${caseId} changed meanwhile`);
  }

  /** A patch that leaves the status (and its place in the status index) alone; undefined when `condition` failed. */
  private async write(caseId: string, patch: CasePatch, condition: string, conditionValues: Record<string, unknown>): Promise<Case | undefined> {
    const { sets, removes, names, values } = patchExpression(patch);
    const written = await this.table.update({
      Key: caseKey(caseId),
      UpdateExpression: [
        `SET updatedAt = :updatedAt, #version = #version + :one${sets.length ? ', ' + sets.join(', ') : ''}`,
        removes.length ? `REMOVE ${removes.join(', ')}` : '',
      ].join(' '),
      ConditionExpression: condition,
      ExpressionAttributeNames: { '#version': 'version', ...names },
      ExpressionAttributeValues: { ':updatedAt': this.table.now().toISOString(), ':one': 1, ...conditionValues, ...values },
      ReturnValues: 'ALL_NEW',
    });
    return written && strip<Case>(written);
  }

  async appendTimeline(caseId: string, entry: Omit<TimelineEntry, 'at'>): Promise<void> {
    const at = this.table.now().toISOString();
    const written = await this.table.put({
      Item: { PK: casePartition(caseId), SK: `TL#${at}#${randomBytes(4).toString('hex')}`, entity: 'timeline', at, ...entry },
      ConditionExpression: 'attribute_not_exists(SK)',
    });
    // Two entries of one instant drew the same random suffix: a retry writes it under another.
    if (!written) throw new TransientError('Timeline entry key taken');
  }

  async listTimeline(caseId: string): Promise<TimelineEntry[]> {
    return this.table.caseItems<TimelineEntry>(caseId, 'TL#');
  }

  async listByStatus(status: CaseStatus, limit = 100): Promise<Case[]> {
    const items = await this.table.queryUpTo(
      { IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': `STATUS#${status}` } },
      limit,
    );
    return items.map((i) => strip<Case>(i));
  }
}

/** SET for defined patch fields, REMOVE for the ones explicitly set to undefined. */
function patchExpression(patch: CasePatch) {
  const sets: string[] = [];
  const removes: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  Object.entries(patch).forEach(([key, value], i) => {
    names[`#p${i}`] = key;
    if (value === undefined) removes.push(`#p${i}`);
    else {
      sets.push(`#p${i} = :p${i}`);
      values[`:p${i}`] = value;
    }
  });
  return { sets, removes, names, values };
}
