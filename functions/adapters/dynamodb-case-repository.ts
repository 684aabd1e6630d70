// The case store on DynamoDB, one table. Every status change is a conditional
// update (`#status IN (...)`), so two racing writers cannot both win and an
// illegal transition is refused by the database. Nothing here needs
// transactions (DynamoDB Local stand-ins lack them, and so do we): each write
// is safe to repeat, and the order of writes is chosen so a crash between two
// of them leaves something a retry or the sweeper completes.
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import type { Case, CaseStatus, CompensationProposal, CustomerReply, PayoutRecord, TimelineEntry, TransitionName } from '../domain/case/case';
import { TRANSITIONS } from '../domain/case/case';
import { caseNumberFor } from '../domain/case/case-number';
import type { Incident } from '../domain/incidents/spike-detection';
import type { CaseView } from '../domain/staff/access-audit';
import { CaseNotFoundError, ConflictError, IllegalTransitionError, TransientError } from '../domain/errors';
import type { AnswerLink, CasePatch, CaseRepository, ConsumedTask, NewCase, PendingTask, PendingTaskKind, RuleProposalClaim } from '../domain/ports';

const KEY_FIELDS = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'entity'] as const;
const caseKey = (caseId: string) => ({ PK: `CASE#${caseId}`, SK: 'CASE' });
/** Unread replies sit in GSI1 under one key, so the console's queue finds them with one query. */
const UNREAD_REPLIES = 'REPLIES#unread';
/** Incidents sit in GSI1 under one key, by detection time. */
const INCIDENTS = 'INCIDENTS';
const statusIndex = (status: CaseStatus, updatedAt: string, caseId: string) => ({ GSI1PK: `STATUS#${status}`, GSI1SK: `${updatedAt}#${caseId}` });

function strip<T>(item: Record<string, unknown>): T {
  const out = { ...item };
  for (const k of KEY_FIELDS) delete out[k];
  return out as T;
}

const isConditionFailure = (e: unknown) => e instanceof ConditionalCheckFailedException || (e as Error)?.name === 'ConditionalCheckFailedException';

export class DynamoDbCaseRepository implements CaseRepository {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
  }

  async createCase(newCase: NewCase): Promise<{ created: boolean; case: Case }> {
    const caseNumber = await this.claimCaseNumber(newCase.caseId);
    const kase: Case = { ...newCase, caseNumber, status: 'received', version: 1, updatedAt: newCase.createdAt, reopenCount: 0 };
    try {
      // The item carries the request fingerprint: the key and the complaint it names are claimed in this one write.
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...caseKey(kase.caseId), ...statusIndex('received', kase.updatedAt, kase.caseId), entity: 'case', ...kase },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return { created: true, case: kase };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const existing = await this.getCase(newCase.caseId);
      if (!existing) throw new TransientError('Case vanished while being created');
      return { created: false, case: existing };
    }
  }

  /**
   * The number is claimed before the case is written: a crash in between
   * leaves a claim that points at this case id, which the retry reuses.
   */
  private async claimCaseNumber(caseId: string): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const caseNumber = caseNumberFor(caseId, attempt);
      try {
        await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { PK: `CASENO#${caseNumber}`, SK: 'CASENO', entity: 'case-number', caseId },
            ConditionExpression: 'attribute_not_exists(PK) OR caseId = :caseId',
            ExpressionAttributeValues: { ':caseId': caseId },
          }),
        );
        return caseNumber;
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
    throw new TransientError('Could not claim a unique case number');
  }

  async getCase(caseId: string): Promise<Case | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: caseKey(caseId), ConsistentRead: true }));
    return res.Item ? strip<Case>(res.Item) : undefined;
  }

  async findCaseIdByNumber(caseNumber: string): Promise<string | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { PK: `CASENO#${caseNumber}`, SK: 'CASENO' } }));
    return res.Item?.caseId as string | undefined;
  }

  async transition(caseId: string, name: TransitionName, patch: CasePatch, entry: Omit<TimelineEntry, 'at'>): Promise<Case> {
    const { from, to } = TRANSITIONS[name];
    const updatedAt = this.now().toISOString();
    const index = statusIndex(to, updatedAt, caseId);
    const { sets, removes, names, values: patchValues } = patchExpression(patch);
    const common = { ':to': to, ':one': 1, ':updatedAt': updatedAt, ':gsi1pk': index.GSI1PK, ':gsi1sk': index.GSI1SK, ...patchValues };
    const setStatus = `SET #status = :to, #version = #version + :one, updatedAt = :updatedAt, GSI1PK = :gsi1pk, GSI1SK = :gsi1sk${sets.length ? ', ' + sets.join(', ') : ''}`;
    const remove = removes.length ? ` REMOVE ${removes.join(', ')}` : '';
    const send = (condition: string, update: string, values: Record<string, unknown>) =>
      this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseKey(caseId),
          UpdateExpression: update + remove,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version', ...names },
          ExpressionAttributeValues: { ...common, ...values },
          ReturnValues: 'ALL_NEW',
        }),
      );
    // First application: from one of the allowed statuses into `to`, remembering which transition
    // and when, so that a repeat can find the timeline entry it wrote.
    const fromOthers = from.filter((s) => s !== to);
    const fromValues = Object.fromEntries(fromOthers.map((s, i) => [`:from${i}`, s]));
    if (fromOthers.length > 0) {
      try {
        const res = await send(
          `attribute_exists(PK) AND #status IN (${fromOthers.map((_, i) => `:from${i}`).join(', ')})`,
          `${setStatus}, lastTransition = :last`,
          { ...fromValues, ':last': { name, at: updatedAt } },
        );
        await this.putTransitionEntry(caseId, { name, at: updatedAt }, entry);
        return strip<Case>(res.Attributes!);
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
    // Already in `to`: a retried step repeating its own transition. The patch is applied again;
    // the entry is written only if the first run died before writing it.
    try {
      const res = await send('attribute_exists(PK) AND #status = :to', setStatus, {});
      const kase = strip<Case>(res.Attributes!);
      const first = kase.lastTransition?.name === name ? kase.lastTransition : undefined;
      if (first) await this.putTransitionEntry(caseId, first, entry);
      else await this.appendTimeline(caseId, entry);
      return kase;
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const current = await this.getCase(caseId);
      if (!current) throw new CaseNotFoundError(`No case ${caseId}`);
      throw new IllegalTransitionError(`${name}: a case in status ${current.status} cannot move to ${to}`);
    }
  }

  /** A transition's timeline entry, keyed by the transition and its time: written once however often it is repeated. */
  private async putTransitionEntry(caseId: string, transition: { name: string; at: string }, entry: Omit<TimelineEntry, 'at'>): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { PK: `CASE#${caseId}`, SK: `TL#${transition.at}#T:${transition.name}`, entity: 'timeline', at: transition.at, ...entry },
          ConditionExpression: 'attribute_not_exists(SK)',
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
  }

  async update(caseId: string, patch: CasePatch): Promise<Case> {
    const { sets, removes, names, values } = patchExpression(patch);
    const updatedAt = this.now().toISOString();
    try {
      const res = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseKey(caseId),
          UpdateExpression: [`SET updatedAt = :updatedAt, #version = #version + :one${sets.length ? ', ' + sets.join(', ') : ''}`, removes.length ? `REMOVE ${removes.join(', ')}` : ''].join(' '),
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#version': 'version', ...names },
          ExpressionAttributeValues: { ':updatedAt': updatedAt, ':one': 1, ...values },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<Case>(res.Attributes!);
    } catch (e) {
      if (isConditionFailure(e)) throw new CaseNotFoundError(`No case ${caseId}`);
      throw e;
    }
  }

  async updateAtVersion(caseId: string, patch: CasePatch, expectedVersion: number): Promise<Case> {
    const { sets, removes, names, values } = patchExpression(patch);
    const updatedAt = this.now().toISOString();
    try {
      const res = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseKey(caseId),
          UpdateExpression: [`SET updatedAt = :updatedAt, #version = #version + :one${sets.length ? ', ' + sets.join(', ') : ''}`, removes.length ? `REMOVE ${removes.join(', ')}` : ''].join(' '),
          ConditionExpression: 'attribute_exists(PK) AND #version = :expectedVersion',
          ExpressionAttributeNames: { '#version': 'version', ...names },
          ExpressionAttributeValues: { ':updatedAt': updatedAt, ':one': 1, ':expectedVersion': expectedVersion, ...values },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<Case>(res.Attributes!);
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      if (!(await this.getCase(caseId))) throw new CaseNotFoundError(`No case ${caseId}`);
      throw new ConflictError(`Case ${caseId} changed meanwhile`);
    }
  }

  async appendTimeline(caseId: string, entry: Omit<TimelineEntry, 'at'>): Promise<void> {
    const at = this.now().toISOString();
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: `CASE#${caseId}`, SK: `TL#${at}#${randomBytes(4).toString('hex')}`, entity: 'timeline', at, ...entry },
        ConditionExpression: 'attribute_not_exists(SK)',
      }),
    );
  }

  async listTimeline(caseId: string): Promise<TimelineEntry[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :tl)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':tl': 'TL#' },
    });
    return items.map((i) => strip<TimelineEntry>(i));
  }

  async listByStatus(status: CaseStatus, limit = 100): Promise<Case[]> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': `STATUS#${status}` },
        Limit: limit,
      }),
    );
    return (res.Items ?? []).map((i) => strip<Case>(i));
  }

  async claimMessage(caseId: string, messageKey: string, staleAfterMs: number): Promise<'claimed' | 'already-sent'> {
    const now = this.now();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { PK: `CASE#${caseId}`, SK: `MSG#${messageKey}`, entity: 'message', messageKey, state: 'sending', claimedAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(PK) OR (#state = :sending AND claimedAt <= :stale)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':stale': new Date(now.getTime() - staleAfterMs).toISOString() },
        }),
      );
      return 'claimed';
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { PK: `CASE#${caseId}`, SK: `MSG#${messageKey}` }, ConsistentRead: true }));
      if (res.Item?.state === 'sent') return 'already-sent';
      throw new TransientError(`Message ${messageKey} is being sent by another attempt`);
    }
  }

  async markMessageSent(caseId: string, messageKey: string, providerMessageId: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { PK: `CASE#${caseId}`, SK: `MSG#${messageKey}` },
        UpdateExpression: 'SET #state = :sent, sentAt = :now, providerMessageId = :id',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sent': 'sent', ':now': this.now().toISOString(), ':id': providerMessageId },
      }),
    );
  }

  async releaseMessageClaim(caseId: string, messageKey: string): Promise<void> {
    // Only a claim still sending: a mail another attempt marked sent stays sent.
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { PK: `CASE#${caseId}`, SK: `MSG#${messageKey}` },
          ConditionExpression: '#state = :sending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending' },
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
  }

  async putProposal(proposal: CompensationProposal, expected?: Pick<CompensationProposal, 'status'>): Promise<void> {
    // A proposal is created once; later writes may only move it forward from the status it had
    // (the one the caller read, when it says so).
    const previous = expected?.status ?? (await this.getProposal(proposal.caseId, proposal.proposalId))?.status;
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { PK: `CASE#${proposal.caseId}`, SK: `COMP#${proposal.proposalId}`, entity: 'compensation', ...proposal },
          ...(previous
            ? { ConditionExpression: '#status = :prev', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':prev': previous } }
            : { ConditionExpression: 'attribute_not_exists(PK)' }),
        }),
      );
    } catch (e) {
      if (expected && isConditionFailure(e)) throw new ConflictError(`The compensation ${proposal.proposalId} changed meanwhile`);
      throw e;
    }
  }

  async updatePayout(caseId: string, proposalId: string, payout: PayoutRecord, expected: Pick<PayoutRecord, 'key' | 'status'> | undefined): Promise<void> {
    // The payout record moves only from the state its writer read: two attempts racing on one
    // payout (a retry overlapping a slow first run) cannot both believe they requested it.
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: `CASE#${caseId}`, SK: `COMP#${proposalId}` },
          UpdateExpression: 'SET payout = :payout',
          ConditionExpression: expected ? 'attribute_exists(PK) AND payout.#key = :key AND payout.#status = :status' : 'attribute_exists(PK) AND attribute_not_exists(payout)',
          ...(expected ? { ExpressionAttributeNames: { '#key': 'key', '#status': 'status' } } : {}),
          ExpressionAttributeValues: { ':payout': payout, ...(expected ? { ':key': expected.key, ':status': expected.status } : {}) },
        }),
      );
    } catch (e) {
      if (isConditionFailure(e)) throw new ConflictError(`The payout of ${proposalId} changed meanwhile`);
      throw e;
    }
  }

  async getProposal(caseId: string, proposalId: string): Promise<CompensationProposal | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { PK: `CASE#${caseId}`, SK: `COMP#${proposalId}` }, ConsistentRead: true }));
    return res.Item ? strip<CompensationProposal>(res.Item) : undefined;
  }

  async listProposals(caseId: string): Promise<CompensationProposal[]> {
    const items = await this.queryAll({ KeyConditionExpression: 'PK = :pk AND begins_with(SK, :c)', ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':c': 'COMP#' } });
    return items.map((i) => strip<CompensationProposal>(i));
  }

  async claimRuleProposal(claim: RuleProposalClaim): Promise<boolean> {
    // One item per account holds the window's places and a version: a count over separate items
    // followed by a put would let two cases of one account racing both take the last place.
    // Places older than the window are dropped on each write, so the item stays small, and the
    // item expires a day after the window of its newest place.
    const key = { PK: `ACCOUNT#${claim.accountId}`, SK: 'RULEPROPS' };
    for (let attempt = 0; attempt < 5; attempt++) {
      const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
      const version = Number(res.Item?.version ?? 0);
      const held = (res.Item?.proposals ?? []) as { caseId: string; at: string }[];
      if (held.some((p) => p.caseId === claim.caseId)) return true;
      const recent = held.filter((p) => p.at >= claim.since.toISOString());
      if (recent.length >= claim.limit) return false;
      const windowMs = claim.at.getTime() - claim.since.getTime();
      try {
        await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...key,
              entity: 'rule-proposals',
              version: version + 1,
              proposals: [...recent, { caseId: claim.caseId, at: claim.at.toISOString() }],
              expiresAt: Math.ceil((claim.at.getTime() + windowMs) / 1000) + 24 * 3600,
            },
            ...(res.Item
              ? { ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': version } }
              : { ConditionExpression: 'attribute_not_exists(PK)' }),
          }),
        );
        return true;
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
    throw new TransientError(`Rule proposals of one account are contended`);
  }

  async claimTransactionRefunds(accountId: string, caseId: string, references: readonly string[]): Promise<string[]> {
    const held: string[] = [];
    for (const ref of references) {
      const Key = { PK: `ACCOUNT#${accountId}`, SK: `REFUND#${ref.toLowerCase()}` };
      try {
        // Put-once: the first case to propose a refund of this transaction owns it for good.
        await this.doc.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...Key, entity: 'transaction-refund', caseId, at: this.now().toISOString() },
            ConditionExpression: 'attribute_not_exists(PK) OR caseId = :caseId',
            ExpressionAttributeValues: { ':caseId': caseId },
          }),
        );
        held.push(ref);
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
    return held;
  }

  async saveTaskToken(record: PendingTask): Promise<void> {
    // The newest token for a kind replaces the older one: only the wait that is current can be answered.
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: { PK: `CASE#${record.caseId}`, SK: `TASK#${record.kind}`, entity: 'task', ...record } }));
  }

  async getTaskToken(caseId: string, kind: PendingTaskKind): Promise<PendingTask | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { PK: `CASE#${caseId}`, SK: `TASK#${kind}` }, ConsistentRead: true }));
    return res.Item && !res.Item.usedAt ? strip<PendingTask>(res.Item) : undefined;
  }

  async consumeTaskToken(caseId: string, kind: PendingTaskKind, expectedRef: string, answerFingerprint: string): Promise<ConsumedTask | undefined> {
    // One write claims the token for this answer. The same answer may claim it again until it is
    // marked delivered: the retry of an attempt that died between this write and SendTaskSuccess.
    try {
      const res = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: `CASE#${caseId}`, SK: `TASK#${kind}` },
          UpdateExpression: 'SET usedAt = if_not_exists(usedAt, :now), answerFingerprint = :fp',
          ConditionExpression: 'attribute_exists(PK) AND #ref = :ref AND attribute_not_exists(deliveredAt) AND (attribute_not_exists(usedAt) OR answerFingerprint = :fp)',
          ExpressionAttributeNames: { '#ref': 'ref' },
          ExpressionAttributeValues: { ':now': this.now().toISOString(), ':ref': expectedRef, ':fp': answerFingerprint },
          ReturnValues: 'ALL_OLD',
        }),
      );
      const { usedAt: _u, answerFingerprint: before, deliveredAt: _d, ...task } = strip<PendingTask & { usedAt?: string; answerFingerprint?: string; deliveredAt?: string }>(res.Attributes!);
      return { ...task, repeat: before === answerFingerprint };
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  async markTaskDelivered(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: `CASE#${caseId}`, SK: `TASK#${kind}` },
          UpdateExpression: 'SET deliveredAt = :now',
          ConditionExpression: 'taskToken = :token',
          ExpressionAttributeValues: { ':now': this.now().toISOString(), ':token': taskToken },
        }),
      );
    } catch (e) {
      // A newer wait replaced the token: the one answered is gone with its record.
      if (!isConditionFailure(e)) throw e;
    }
  }

  async releaseTaskToken(caseId: string, kind: PendingTaskKind, taskToken: string): Promise<void> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: `CASE#${caseId}`, SK: `TASK#${kind}` },
          // The fingerprint stays: if the send failed after all reaching the workflow, the same answer again is a repeat.
          UpdateExpression: 'REMOVE usedAt',
          ConditionExpression: 'taskToken = :token AND attribute_not_exists(deliveredAt)',
          ExpressionAttributeValues: { ':token': taskToken },
        }),
      );
    } catch (e) {
      // A newer wait replaced the token, or the answer was delivered after all: there is nothing to release.
      if (!isConditionFailure(e)) throw e;
    }
  }

  async putAnswerLink(link: AnswerLink): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: { PK: `LINK#${link.linkId}`, SK: 'LINK', entity: 'answer-link', ...link }, ConditionExpression: 'attribute_not_exists(PK)' }),
    );
  }

  async getAnswerLink(linkId: string): Promise<AnswerLink | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: { PK: `LINK#${linkId}`, SK: 'LINK' }, ConsistentRead: true }));
    return res.Item ? strip<AnswerLink>(res.Item) : undefined;
  }

  async releaseAnswerLink(linkId: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({ TableName: this.tableName, Key: { PK: `LINK#${linkId}`, SK: 'LINK' }, UpdateExpression: 'REMOVE usedAt', ConditionExpression: 'attribute_exists(PK)' }),
    );
  }

  async consumeAnswerLink(linkId: string, now: Date): Promise<AnswerLink | undefined> {
    try {
      const res = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: `LINK#${linkId}`, SK: 'LINK' },
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt) AND expiresAt > :now',
          ExpressionAttributeValues: { ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<AnswerLink>(res.Attributes!);
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  async hitRateLimit(bucket: string, limit: number, windowSeconds: number, now: Date): Promise<boolean> {
    const window = Math.floor(now.getTime() / 1000 / windowSeconds);
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: `RATE#${bucket}#${window}`, SK: 'RATE' },
          UpdateExpression: 'ADD #count :one SET expiresAt = :exp, entity = :entity',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':exp': (window + 2) * windowSeconds, ':entity': 'rate' },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  async recordView(view: CaseView): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { PK: `CASE#${view.caseId}`, SK: `VIEW#${view.at}#${randomBytes(4).toString('hex')}`, entity: 'view', ...view },
        ConditionExpression: 'attribute_not_exists(SK)',
      }),
    );
  }

  async listViews(caseId: string, limit = 20): Promise<CaseView[]> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :view)',
        ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':view': 'VIEW#' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (res.Items ?? []).map((i) => strip<CaseView>(i));
  }

  async countInWindow(bucket: string, windowSeconds: number, now: Date): Promise<number> {
    const window = Math.floor(now.getTime() / 1000 / windowSeconds);
    const res = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { PK: `COUNT#${bucket}#${window}`, SK: 'COUNT' },
        UpdateExpression: 'ADD #count :one SET expiresAt = :exp, entity = :entity',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':exp': (window + 2) * windowSeconds, ':entity': 'counter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(res.Attributes?.count ?? 0);
  }

  async recordIncident(incident: Incident): Promise<boolean> {
    return this.putOnce({ PK: `INCIDENT#${incident.incidentId}`, SK: 'INCIDENT', GSI1PK: INCIDENTS, GSI1SK: incident.detectedAt, entity: 'incident', ...incident });
  }

  async listIncidentsSince(since: Date): Promise<Incident[]> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK >= :since',
        ExpressionAttributeValues: { ':pk': INCIDENTS, ':since': since.toISOString() },
        ScanIndexForward: false,
        Limit: 50,
      }),
    );
    return (res.Items ?? []).map((i) => strip<Incident>(i));
  }

  async addCustomerReply(reply: CustomerReply): Promise<boolean> {
    // A redelivered email (SES retries, an SMTP resend) is the same reply.
    return this.putOnce({ PK: `CASE#${reply.caseId}`, SK: `REPLY#${reply.replyId}`, GSI1PK: UNREAD_REPLIES, GSI1SK: `${reply.at}#${reply.caseId}`, entity: 'reply', ...reply });
  }

  async listCustomerReplies(caseId: string): Promise<CustomerReply[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reply)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':reply': 'REPLY#' },
    });
    return items.map((i) => strip<CustomerReply>(i)).sort((a, b) => a.at.localeCompare(b.at));
  }

  async listCasesWithUnreadReplies(limit = 200): Promise<string[]> {
    const res = await this.doc.send(
      new QueryCommand({ TableName: this.tableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': UNREAD_REPLIES }, Limit: limit }),
    );
    return [...new Set((res.Items ?? []).map((i) => String(i.caseId)))];
  }

  async markRepliesRead(caseId: string, by: string, at: Date): Promise<number> {
    const unread = (await this.listCustomerReplies(caseId)).filter((r) => !r.readAt);
    let marked = 0;
    for (const reply of unread) {
      try {
        await this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { PK: `CASE#${caseId}`, SK: `REPLY#${reply.replyId}` },
            UpdateExpression: 'SET readAt = :at, readBy = :by REMOVE GSI1PK, GSI1SK',
            // Two people marking at once: the second changes nothing.
            ConditionExpression: 'attribute_exists(SK) AND attribute_not_exists(readAt)',
            ExpressionAttributeValues: { ':at': at.toISOString(), ':by': by },
          }),
        );
        marked++;
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
    return marked;
  }

  /** Writes an item that must not exist yet; false when it already did (a repeat, not an error). */
  private async putOnce(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  private async queryAll(input: { KeyConditionExpression: string; ExpressionAttributeValues: Record<string, unknown> }): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(new QueryCommand({ TableName: this.tableName, ...input, ConsistentRead: true, ExclusiveStartKey }));
      items.push(...(res.Items ?? []));
      ExclusiveStartKey = res.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
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
