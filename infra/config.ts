// The operator's deploy-time config: read from redress.config.json (or the
// file named by -c config=<path>), validated, with every default here. An
// invalid combination fails at synth, not at deploy.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { RedressConfigSchema } from '../functions/domain/config';

export const DeployConfigSchema = z
  .object({
    /** Verified SES identity (an address or a domain) mail is sent from. */
    senderEmail: z.string().email().default('support@example.com'),
    /** The SES identity the sender belongs to, for IAM (domain or address). Defaults to the sender's domain. */
    sesIdentity: z.string().optional(),
    classifier: z
      .object({
        kind: z.enum(['bedrock', 'offline']).default('bedrock'),
        /**
         * Foundation model id or inference profile id/ARN. The default is Claude Haiku 4.5 through
         * the US cross-region profile, which keeps complaints in US regions; elsewhere use `eu.` or
         * `apac.`, or `global.` where processing in any commercial region is acceptable. The
         * deploy fails if Bedrock has retired the model or has no such profile in the region.
         */
        modelId: z.string().min(1).default('us.anthropic.claude-haiku-4-5-20251001-v1:0'),
        region: z.string().optional(),
        guardrailId: z.string().optional(),
        guardrailVersion: z.string().optional(),
      })
      .prefault({}),
    ledger: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('none') }),
        z.object({ mode: z.literal('http'), endpoint: z.string().url() }),
        z.object({ mode: z.literal('lambda'), functionArn: z.string().regex(/^arn:aws[a-z-]*:lambda:/) }),
      ])
      .default({ mode: 'none' }),
    /**
     * The operator's payout service (README: the payout contract): approved compensation is paid
     * through it, once per idempotency key. `none`: a supervisor pays by hand and records the
     * reference in the console before the customer is told it was paid.
     */
    payout: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('none') }),
        z.object({ mode: z.literal('http'), endpoint: z.string().url() }),
        z.object({ mode: z.literal('lambda'), functionArn: z.string().regex(/^arn:aws[a-z-]*:lambda:/) }),
      ])
      .default({ mode: 'none' }),
    api: z
      .object({
        throttleRatePerSecond: z.number().positive().default(20),
        throttleBurst: z.number().int().positive().default(40),
        /** Requests per 5 minutes one IP may make to the public API (WAF rate rule). */
        wafRateLimitPer5Minutes: z.number().int().min(100).default(300),
      })
      .prefault({}),
    logRetentionDays: z.number().int().positive().default(90),
    /**
     * Email intake. The bucket and the function always exist (local mode uses them); SES
     * receiving is set up only when `recipients` names the addresses customers write to (an SES
     * receiving region, with the domain's MX pointing at SES), and its rule set must then be made
     * active once (`aws ses set-active-receipt-rule-set --rule-set-name redress-inbound`).
     */
    inboundEmail: z
      .object({
        recipients: z.array(z.string().min(3).max(254)).default([]),
        /** How long raw messages stay in the bucket: long enough to replay one, short for personal data. */
        retentionDays: z.number().int().min(1).max(365).default(30),
      })
      .strict()
      .prefault({}),
    workflow: RedressConfigSchema.partial().default({}),
  })
  .strict();

export type DeployConfig = z.infer<typeof DeployConfigSchema>;

export function loadDeployConfig(path?: string): DeployConfig {
  const file = resolve(path ?? 'redress.config.json');
  if (!existsSync(file)) {
    if (path) throw new Error(`Config file ${file} not found`);
    return DeployConfigSchema.parse({});
  }
  return DeployConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
