// What the staff API sends the console, as far as the console reads it. The
// API is ours, but a field can be missing on an older case, so every field is
// optional and most are text the views show as they come.

/** Optional text fields. */
type Texts<K extends string> = { readonly [P in K]?: string };

export type CaseSummary = Texts<'caseId' | 'caseNumber' | 'status' | 'priority' | 'category' | 'queue' | 'assignee' | 'updatedAt' | 'attentionReason'> & {
  readonly needsPersonReasons?: readonly string[];
  readonly unreadReplies?: boolean;
};

export type Incident = Texts<'category' | 'windowStart'> & { readonly count?: number; readonly windowMinutes?: number };

export type Evidence = Texts<'reference' | 'chain' | 'explorerUrl' | 'ledgerStatus' | 'amount' | 'asset'> & {
  /** The ledger holds this transaction under another account. */
  readonly otherAccount?: boolean;
};

export type Classification = Texts<'category' | 'priority' | 'classifier' | 'modelId' | 'promptVersion' | 'queue' | 'summary' | 'fallbackReason'> & {
  readonly securityFlag?: boolean;
  readonly confidence?: number;
  readonly latencyMs?: number;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly crossCheck?: { readonly category?: string; readonly agreed?: boolean };
};

export type CaseRecord = CaseSummary &
  Texts<'language' | 'description'> & {
    readonly contact?: Texts<'name' | 'email' | 'accountId'>;
    readonly transactionRefs?: readonly string[];
    readonly evidence?: readonly Evidence[];
    readonly reopenCount?: number;
    readonly classification?: Classification;
    readonly automaticAnswer?: Texts<'kind' | 'articleId'>;
    readonly findings?: Texts<'by' | 'at' | 'summary'> & { readonly lines?: readonly string[] };
  };

export type Approval = Texts<'decision' | 'amount' | 'by' | 'at' | 'reason' | 'secondBy'>;

export type Payout = Texts<'status' | 'amount' | 'asset' | 'reference' | 'reason' | 'recordedBy' | 'accountId'> & {
  readonly manual?: boolean;
  readonly attempt?: number;
};

export type Proposal = Texts<'proposalId' | 'amount' | 'asset' | 'reason' | 'proposedBy' | 'status'> & {
  readonly firstApproval?: Approval;
  readonly decision?: Approval;
  readonly payout?: Payout;
};

export type Reply = Texts<'at' | 'channel' | 'readAt' | 'readBy' | 'text'> & { readonly attachments?: number };

export type TimelineEntry = Texts<'at' | 'actor' | 'action'> & { readonly detail?: unknown };

export interface CaseDetail {
  readonly case: CaseRecord;
  readonly proposals?: readonly Proposal[];
  readonly timeline?: readonly TimelineEntry[];
  readonly replies?: readonly Reply[];
  readonly views?: readonly Texts<'by' | 'at'>[];
}
