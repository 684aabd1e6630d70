// Operator configuration the use cases read. One schema, with the defaults in
// one place; handlers parse it once from REDRESS_CONFIG at cold start, and a
// bad value fails there, loudly, instead of mid-case.
import { z } from 'zod';
import { CATEGORIES } from './classification/types';
import { AssetAmountMapSchema, PositiveDecimalSchema } from './money/amount';

export const RedressConfigSchema = z
  .object({
    /** Time frames promised to the customer, in hours. */
    timeFrames: z
      .object({
        webHours: z.number().int().positive().default(48),
        emailHours: z.number().int().positive().default(72),
        escalatedHours: z.number().int().positive().default(24),
        reopenedHours: z.number().int().positive().default(24),
      })
      .prefault({}),
    /** How long the workflow waits on people and customers. Passed to the state machine in its input. */
    timeouts: z
      .object({
        findingsSeconds: z
          .number()
          .int()
          .min(1)
          .default(2 * 24 * 3600),
        escalatedFindingsSeconds: z
          .number()
          .int()
          .min(1)
          .default(24 * 3600),
        decisionSeconds: z
          .number()
          .int()
          .min(1)
          .default(24 * 3600),
        escalatedDecisionSeconds: z
          .number()
          .int()
          .min(1)
          .default(24 * 3600),
        satisfactionSeconds: z
          .number()
          .int()
          .min(1)
          .default(7 * 24 * 3600),
        /** How long a payout waits on a person (failed, pending too long, or a manual reference) before it goes to needs-attention. */
        payoutSeconds: z
          .number()
          .int()
          .min(1)
          .default(3 * 24 * 3600),
        /** Between two checks of a payout the service answered pending. */
        payoutRecheckSeconds: z
          .number()
          .int()
          .min(1)
          .default(5 * 60),
      })
      .prefault({}),
    /**
     * Money, per asset and never converted between assets (amounts are exact decimals in the
     * asset's precision, money/amount.ts).
     */
    compensation: z
      .object({
        /** Up to this amount one supervisor approves; above it, or for an asset not listed, a second, different supervisor must approve too. */
        singleApproverLimit: AssetAmountMapSchema.default({ USDT: '500', USDC: '500', BTC: '0.01', ETH: '0.2', EUR: '500', USD: '500', GBP: '400' }),
        /**
         * An amount above this in the complaint or the ledger records sends the case to a person.
         * `*` is for amounts written without an asset the text names.
         */
        personAmountThreshold: z
          .record(z.string().regex(/^([A-Z0-9]{2,10}|\*)$/, { message: 'An asset code like USDT, or *' }), PositiveDecimalSchema)
          .default({ '*': '1000', USDT: '1000', USDC: '1000', BTC: '0.02', ETH: '0.5', EUR: '1000', USD: '1000', GBP: '800' }),
        /** Automatic rule proposals one customer may get in a rolling 30 days; past it a person decides. */
        ruleProposalsPer30Days: z.number().int().min(0).default(2),
        /** Decimal places of assets beyond the built-in list (money/amount.ts). */
        assetDecimals: z.record(z.string(), z.number().int().min(0).max(18)).default({}),
        /** A payout the service still answers pending after this long goes to a person. */
        payoutPendingMaxSeconds: z
          .number()
          .int()
          .min(0)
          .default(30 * 60),
      })
      .strict()
      .prefault({}),
    /** Classifier confidence below this sends the case to a person. */
    minConfidence: z.number().min(0).max(1).default(0.6),
    maxReopens: z.number().int().min(0).default(2),
    /**
     * Which cases Redress may answer without a person. Conservative by default: only categories
     * where a help article can answer, only when both the classifier and (with Bedrock) the
     * offline cross-check agree with high confidence, and never a security matter, a large
     * amount, a frozen account or a customer who asked for a person (investigate-case.ts).
     */
    autoResolution: z
      .object({
        enabled: z.boolean().default(true),
        /** Classifier confidence at or above which an article may answer. */
        minConfidence: z.number().min(0).max(1).default(0.8),
        /** Categories a help article (knowledge/articles.json) may answer. */
        categories: z.array(z.enum(CATEGORIES)).default(['fees_or_pricing', 'identity_verification_kyc', 'account_access', 'other']),
        /** A delay complaint whose every transaction the ledger shows confirmed is answered with that proof. */
        ledgerEvidence: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /** Public base URL of the API, for links in mail (satisfaction answers). */
    publicBaseUrl: z.string().url().default('http://localhost:3000'),
    answerLinkTtlHours: z
      .number()
      .int()
      .positive()
      .default(8 * 24),
    /** The sweeper restarts cases stuck before their workflow started, and flags cases whose workflow died. */
    sweeper: z
      .object({
        startAfterSeconds: z.number().int().min(0).default(120),
        checkAfterSeconds: z.number().int().min(0).default(3600),
      })
      .prefault({}),
    /**
     * Incidents: this many complaints of one category within the window open an incident the
     * console shows and a lifecycle event announces (incidents/spike-detection.ts).
     */
    incidentDetection: z
      .object({
        enabled: z.boolean().default(true),
        windowMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .default(15),
        threshold: z.number().int().min(2).default(10),
        /** Categories too broad to mean one problem. */
        ignore: z.array(z.enum(CATEGORIES)).default(['other']),
      })
      .strict()
      .prefault({}),
    /** Opening more cases than this in an hour raises `staff.bulk_access` (staff/access-audit.ts). */
    staffAccess: z
      .object({ alertAfterViewsPerHour: z.number().int().min(5).default(60) })
      .strict()
      .prefault({}),
    rateLimits: z
      .object({
        perAddressPerHour: z.number().int().positive().default(5),
        perClientPerHour: z.number().int().positive().default(30),
      })
      .prefault({}),
  })
  .strict();

export type RedressConfig = z.infer<typeof RedressConfigSchema>;
export type WorkflowTimeouts = RedressConfig['timeouts'];
export type AutoResolutionConfig = RedressConfig['autoResolution'];

export function parseConfig(raw: string | undefined): RedressConfig {
  return RedressConfigSchema.parse(raw ? JSON.parse(raw) : {});
}
