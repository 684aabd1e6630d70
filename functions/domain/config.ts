// Operator configuration the use cases read. One schema, with the defaults in
// one place; handlers parse it once from REDRESS_CONFIG at cold start, and a
// bad value fails there, loudly, instead of mid-case.
import { z } from 'zod';
import { CATEGORIES } from './classification/types';

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
        findingsSeconds: z.number().int().min(1).default(2 * 24 * 3600),
        escalatedFindingsSeconds: z.number().int().min(1).default(24 * 3600),
        decisionSeconds: z.number().int().min(1).default(24 * 3600),
        escalatedDecisionSeconds: z.number().int().min(1).default(24 * 3600),
        satisfactionSeconds: z.number().int().min(1).default(7 * 24 * 3600),
      })
      .prefault({}),
    /** Any amount above this (in the asset's units) sends the case to a person. */
    personAmountThreshold: z.number().positive().default(1000),
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
    answerLinkTtlHours: z.number().int().positive().default(8 * 24),
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
        windowMinutes: z.number().int().min(1).max(24 * 60).default(15),
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
