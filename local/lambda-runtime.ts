// Runs the Lambda bundles CDK built, one child process per function, with the
// environment CDK gave each function plus the SDK's standard endpoint
// variables pointing at the local stand-ins. The fault switch lives here and
// in the host process — never in functions/ — so tests can make any handler
// fail, before it runs or right after one of its side effects, and read what
// each invocation changed in the effect log.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { LocalFunction } from './cloud-assembly';
import type { EffectLogEntry, FaultSwitch } from './fault-switch';

export interface InvokeResult {
  Payload: unknown;
  FunctionError?: string;
}

interface PendingInvocation {
  done(r: InvokeResult & { injected?: boolean }): void;
  onEffect(label: string): void;
}

interface Host {
  child: ChildProcess;
  ready: Promise<void>;
  pending: Map<string, PendingInvocation>;
}

/** What a host process sends back over IPC. */
interface HostMessage {
  type: 'ready' | 'init-error' | 'effect' | 'result';
  id?: string;
  ok?: boolean;
  result?: unknown;
  errorType?: string;
  errorMessage?: string;
  /** On a result: the fault switch crashed this invocation after an effect. */
  injected?: boolean;
  /** On an effect: its label. */
  label?: string;
}

const functionError = (errorType: string, errorMessage: string): InvokeResult => ({ FunctionError: 'Unhandled', Payload: { errorType, errorMessage } });

export class LambdaRuntime {
  private readonly hosts = new Map<string, Host>();
  private readonly byKey = new Map<string, LocalFunction>();

  constructor(
    functions: readonly LocalFunction[],
    private readonly sharedEnv: Record<string, string>,
    private readonly envOverrides: (fn: LocalFunction) => Record<string, string>,
    private readonly faults?: FaultSwitch,
    private readonly log: (line: string) => void = () => {},
  ) {
    for (const fn of functions) {
      this.byKey.set(fn.name, fn);
      this.byKey.set(fn.arn, fn);
    }
  }

  find(nameOrArn: string): LocalFunction | undefined {
    // Accept qualified ARNs (…:function:Name:$LATEST) as Lambda does.
    return this.byKey.get(nameOrArn) ?? this.byKey.get(nameOrArn.replace(/:(\$LATEST|\d+)$/, ''));
  }

  async invoke(nameOrArn: string, event: unknown): Promise<InvokeResult> {
    const fn = this.find(nameOrArn);
    if (!fn) return { FunctionError: 'Unhandled', Payload: { errorType: 'ResourceNotFoundException', errorMessage: `Function not found: ${nameOrArn}` } };
    const fault = this.faults?.take(fn.name, event);
    const entry = this.faults?.effects.begin(fn.name, event);
    if (fault && fault.afterEffect === undefined) {
      this.log(`fault injected into ${fn.name}: ${fault.mode}`);
      const message = `Injected ${fault.mode} fault in ${fn.name}`;
      return settle(entry, functionError(fault.mode === 'transient' ? 'TransientError' : 'InjectedPermanentFault', message), message);
    }
    const host = this.host(fn);
    try {
      await host.ready;
    } catch (e) {
      if (entry) Object.assign(entry, { ok: false, error: 'Runtime.InitError' });
      throw e;
    }
    const id = randomUUID();
    const result = await new Promise<InvokeResult & { injected?: boolean }>((resolve) => {
      const timer = setTimeout(() => {
        host.pending.delete(id);
        // AWS stops a timed-out sandbox; the host cuts off this invocation's calls so it changes nothing more.
        if (host.child.connected) host.child.send({ type: 'abort', id, reason: 'Sandbox.Timedout' });
        resolve(functionError('Sandbox.Timedout', `Task timed out after ${fn.timeoutSeconds.toFixed(2)} seconds`));
      }, fn.timeoutSeconds * 1000);
      host.pending.set(id, {
        done: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        onEffect: (label) => entry?.effects.push(label),
      });
      host.child.send({
        type: 'invoke',
        id,
        event,
        functionArn: fn.arn,
        timeoutMs: fn.timeoutSeconds * 1000,
        ...(fault ? { afterEffect: fault.afterEffect } : {}),
      });
    });
    const { injected, ...response } = result;
    if (injected) this.log(`fault injected into ${fn.name}: ${(response.Payload as { errorMessage: string }).errorMessage}`);
    return settle(entry, response, injected ? (response.Payload as { errorMessage: string }).errorMessage : undefined);
  }

  /** Starts every function's process now, so the first complaint does not pay for cold starts. */
  async warm(): Promise<void> {
    const fns = [...new Map([...this.byKey.values()].map((f) => [f.name, f])).values()];
    await Promise.all(fns.map((fn) => this.host(fn).ready));
  }

  private host(fn: LocalFunction): Host {
    const existing = this.hosts.get(fn.name);
    if (existing && existing.child.exitCode === null && !existing.child.killed) return existing;
    const env = {
      ...this.sharedEnv,
      ...fn.environment,
      ...this.envOverrides(fn),
      AWS_LAMBDA_FUNCTION_NAME: fn.name,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    };
    const child = fork(join(__dirname, 'lambda-host.cjs'), [fn.bundleDir, fn.handler], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: ['--enable-source-maps', '--disable-warning=NodeVersionSupportWarning'],
    });
    const pending = new Map<string, PendingInvocation>();
    let markReady: () => void = () => {};
    let markFailed: (e: Error) => void = () => {};
    const ready = new Promise<void>((res, rej) => ((markReady = res), (markFailed = rej)));
    child.on('message', (msg: HostMessage) => {
      if (msg.type === 'ready') markReady();
      else if (msg.type === 'init-error') markFailed(new Error(`${fn.name} failed to load: ${msg.errorType}: ${msg.errorMessage}`));
      else if (msg.type === 'effect' && msg.id && msg.label) pending.get(msg.id)?.onEffect(msg.label);
      else if (msg.type === 'result' && msg.id) {
        const invocation = pending.get(msg.id);
        pending.delete(msg.id);
        invocation?.done(
          msg.ok
            ? { Payload: msg.result }
            : { ...functionError(msg.errorType ?? 'Error', msg.errorMessage ?? ''), ...(msg.injected ? { injected: true } : {}) },
        );
      }
    });
    child.on('exit', (code, signal) => {
      markFailed(new Error(`${fn.name} exited with ${code ?? signal}`));
      // The name and wording Lambda reports when a runtime process dies mid-invocation.
      for (const invocation of pending.values())
        invocation.done(functionError('Runtime.ExitError', `Runtime exited with error: ${code === null ? `signal: ${signal}` : `exit status ${code}`}`));
      pending.clear();
    });
    const host = { child, ready, pending };
    this.hosts.set(fn.name, host);
    return host;
  }

  async close(): Promise<void> {
    for (const h of this.hosts.values()) h.child.kill('SIGTERM');
    this.hosts.clear();
  }
}

/** Closes the invocation's effect-log entry with its outcome. */
function settle(entry: EffectLogEntry | undefined, result: InvokeResult, fault?: string): InvokeResult {
  if (entry) {
    entry.ok = !result.FunctionError;
    if (result.FunctionError) entry.error = (result.Payload as { errorType?: string } | undefined)?.errorType ?? result.FunctionError;
    if (fault) entry.fault = fault;
  }
  return result;
}
