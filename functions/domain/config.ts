// Operator configuration the use cases read. One schema, with the defaults in
// one place; handlers parse it once from REDRESS_CONFIG at cold start, and a
// bad value fails there, loudly, instead of mid-case.
import { z } from 'zod';

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

export function parseConfig(raw: string | undefined): RedressConfig {
  return RedressConfigSchema.parse(raw ? JSON.parse(raw) : {});
}
