// Local-only fault injection: make a function fail before its handler runs,
// once (transient) or every time (permanent), or crash it right after its N-th
// side effect (afterEffect). Set through the local control API
// (PUT /_local/faults) or REDRESS_FAULTS='[{"function":"InvestigateFn","mode":"transient"}]'.
// It sits in the local Lambda runtime and host (lambda-host.cjs,
// side-effects.cjs), in front of and around the handler; functions/ never sees
// it. The effect log beside it records what each invocation changed.
import { z } from 'zod';

export type FaultMode = 'transient' | 'permanent';

/** Only step codes go in the log: payload fields that look like anything else are left out. */
const STEP_CODE = /^[\w.:-]{1,64}$/;

const faultRuleSchema = z.strictObject({
  /** Local function name (the construct id, e.g. "InvestigateFn"), or a prefix of it. */
  function: z.string().min(1),
  mode: z.enum(['transient', 'permanent']).default('transient'),
  /** Only for invocations whose payload has this `action` (finish/compensate functions serve several steps). */
  action: z.string().regex(STEP_CODE).optional(),
  /** Only for invocations whose payload has this `kind` (await-person serves several steps). */
  kind: z.string().regex(STEP_CODE).optional(),
  /** For transient faults: how many matching invocations fail before it heals. @default 1 */
  times: z.number().int().min(0).optional(),
  /**
   * Let the handler run, and crash the invocation right after its N-th side
   * effect (1-based) has been answered: later calls fail with a socket error
   * and the invocation ends in `TransientError`. A matching invocation with
   * fewer effects uses up the rule without failing.
   */
  afterEffect: z.number().int().positive().optional(),
});

export const faultRulesSchema = z.array(faultRuleSchema);

export type FaultRule = z.input<typeof faultRuleSchema>;
type ParsedRule = z.output<typeof faultRuleSchema>;

/** What the runtime must do to one invocation. */
export interface Fault {
  readonly mode: FaultMode;
  /** Absent: fail before the handler runs. */
  readonly afterEffect?: number;
}

/** PUT /_local/faults or REDRESS_FAULTS held a rule that is not one: answered with 400. */
export class InvalidFaultRulesError extends Error {
  override readonly name = 'InvalidFaultRulesError';
  constructor(readonly issues: readonly { path: PropertyKey[]; message: string }[]) {
    super(`Invalid fault rules: ${issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

export class FaultSwitch {
  private rules: (ParsedRule & { remaining: number })[] = [];
  /** Every invocation's effects, in the order invocations started. */
  readonly effects = new EffectLog();

  /** Replaces every rule; throws InvalidFaultRulesError (and keeps the old rules) when one is malformed. */
  set(rules: unknown): void {
    const parsed = faultRulesSchema.safeParse(rules);
    if (!parsed.success) throw new InvalidFaultRulesError(parsed.error.issues);
    this.rules = parsed.data.map((r) => ({ ...r, remaining: r.mode === 'transient' ? (r.times ?? 1) : Number.POSITIVE_INFINITY }));
  }

  list(): FaultRule[] {
    return this.rules.map(({ remaining, ...r }) => ({ ...r, ...(r.mode === 'transient' ? { times: remaining } : {}) }));
  }

  take(functionName: string, event: unknown): Fault | undefined {
    const { action, kind } = stepCodes(event);
    const rule = this.rules.find(
      (r) => r.remaining > 0 && functionName.startsWith(r.function) && (!r.action || r.action === action) && (!r.kind || r.kind === kind),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    return { mode: rule.mode, ...(rule.afterEffect !== undefined ? { afterEffect: rule.afterEffect } : {}) };
  }
}

/** One invocation, as GET /_local/effects shows it. No payload, no values: step codes and effect labels only. */
export interface EffectLogEntry {
  readonly function: string;
  readonly action?: string;
  readonly kind?: string;
  /** e.g. 'dynamodb:PutItem MSG#', 'ses:SendEmail', 'events:PutEvents', 'states:SendTaskSuccess', 'payout:POST'. */
  readonly effects: string[];
  /** Absent while the invocation runs. */
  ok?: boolean;
  /** The errorType the invocation failed with. */
  error?: string;
  /** Set when the fault switch made it fail: what it injected. */
  fault?: string;
}

/** Long `npm start` sessions keep only the newest entries. */
const EFFECT_LOG_LIMIT = 10_000;

export class EffectLog {
  private entries: EffectLogEntry[] = [];

  /** Records an invocation as it starts; the runtime fills in its effects and outcome. */
  begin(functionName: string, event: unknown): EffectLogEntry {
    const entry: EffectLogEntry = { function: functionName, ...stepCodes(event), effects: [] };
    this.entries.push(entry);
    if (this.entries.length > EFFECT_LOG_LIMIT) this.entries.splice(0, this.entries.length - EFFECT_LOG_LIMIT);
    return entry;
  }

  list(): readonly EffectLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}

function stepCodes(event: unknown): { action?: string; kind?: string } {
  const payload = (event && typeof event === 'object' ? event : {}) as { action?: unknown; kind?: unknown };
  const code = (v: unknown) => (typeof v === 'string' && STEP_CODE.test(v) ? v : undefined);
  const action = code(payload.action);
  const kind = code(payload.kind);
  return { ...(action ? { action } : {}), ...(kind ? { kind } : {}) };
}
