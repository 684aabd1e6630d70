// Local-only fault injection: make a function fail once (transient) or every
// time (permanent). Set through the local control API (POST /_local/faults) or
// REDRESS_FAULTS='[{"function":"Investigate","mode":"transient"}]'. It sits in
// the local Lambda runtime, in front of the handler; functions/ never sees it.
export type FaultMode = 'transient' | 'permanent';

export interface FaultRule {
  /** Local function name (the construct id, e.g. "Investigate"), or a prefix of it. */
  readonly function: string;
  readonly mode: FaultMode;
  /** Only for invocations whose payload has this `action` (finish/compensate functions serve several steps). */
  readonly action?: string;
  /** Only for invocations whose payload has this `kind` (await-person serves several steps). */
  readonly kind?: string;
  /** For transient faults: how many invocations fail before it heals. @default 1 */
  readonly times?: number;
}

export class FaultSwitch {
  private rules: (FaultRule & { remaining: number })[] = [];

  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((r) => ({ ...r, remaining: r.mode === 'transient' ? (r.times ?? 1) : Number.POSITIVE_INFINITY }));
  }

  list(): FaultRule[] {
    return this.rules.map(({ remaining, ...r }) => ({ ...r, ...(r.mode === 'transient' ? { times: remaining } : {}) }));
  }

  take(functionName: string, event: unknown): FaultMode | undefined {
    const payload = (event ?? {}) as { action?: string; kind?: string };
    const rule = this.rules.find(
      (r) => r.remaining > 0 && functionName.startsWith(r.function) && (!r.action || r.action === payload.action) && (!r.kind || r.kind === payload.kind),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    return rule.mode;
  }
}
