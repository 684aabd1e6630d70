// The classifier port: what any classifier (Bedrock, offline rules) returns.
// A decision only routes a case; nothing here can approve, close or pay.
import { z } from 'zod';

export const CATEGORIES = [
  'account_access',
  'withdrawal_or_deposit_delay',
  'unauthorized_transaction_or_fraud',
  'identity_verification_kyc',
  'fees_or_pricing',
  'trading_or_order_issue',
  'data_privacy_or_breach',
  'customer_service_quality',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories that are security matters whatever else the complaint says. */
export const SECURITY_CATEGORIES: readonly Category[] = ['unauthorized_transaction_or_fraud', 'data_privacy_or_breach'];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const SECURITY_REASONS = ['account_takeover', 'unauthorized_transaction', 'phishing', 'data_exposure'] as const;
export type SecurityReason = (typeof SECURITY_REASONS)[number];

export const ClassificationDecisionSchema = z
  .object({
    category: z.enum(CATEGORIES),
    priority: z.enum(PRIORITIES),
    sentiment: z.enum(SENTIMENTS),
    /** ISO 639-1 code, e.g. "en", "ru". */
    language: z.string().min(2).max(8),
    /** Short English summary for the agent; never shown to the customer. */
    summary: z.string().max(300),
    securityFlag: z.boolean(),
    securityReasons: z.array(z.enum(SECURITY_REASONS)).max(4),
    entities: z
      .object({
        transactionHashes: z.array(z.string().max(100)).max(20),
        addresses: z.array(z.string().max(100)).max(20),
        amounts: z.array(z.object({ value: z.number().nonnegative(), asset: z.string().max(12).optional() })).max(20),
        assets: z.array(z.string().max(12)).max(20),
      })
      .strict(),
    confidence: z.number().min(0).max(1),
  })
  .strict();
export type ClassificationDecision = z.infer<typeof ClassificationDecisionSchema>;

export interface ClassifierInput {
  /** Complaint text, secrets already redacted. Treated as data, never as instructions. */
  readonly text: string;
  /** Language given on the form, if any (ISO 639-1). */
  readonly language?: string;
}

export interface ClassificationResult {
  readonly decision: ClassificationDecision;
  /** Which classifier made the decision: 'offline' | 'bedrock' | 'offline-fallback'. */
  readonly classifier: string;
  /** The model or inference profile the classifier was configured with. */
  readonly modelId?: string;
  /** The model Bedrock says answered, when it says: Converse names one only behind a prompt router. */
  readonly invokedModelId?: string;
  /** The foundation model(s) the configured inference profile routes to, as Bedrock reported at deploy. */
  readonly profileModelIds?: string;
  readonly promptVersion?: string;
  readonly latencyMs: number;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
}

export interface Classifier {
  readonly name: string;
  classify(input: ClassifierInput): Promise<ClassificationResult>;
}
