// Runs the Lambda bundles CDK built, one child process per function, with the
// environment CDK gave each function plus the SDK's standard endpoint
// variables pointing at the local stand-ins. The fault switch lives here —
// never in functions/ — so tests can make any handler fail.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { LocalFunction } from './cloud-assembly';
import type { FaultSwitch } from './fault-switch';

export interface InvokeResult {
  Payload: unknown;
  FunctionError?: string;
}

interface Host {
  child: ChildProcess;
  ready: Promise<void>;
  pending: Map<string, (r: InvokeResult) => void>;
}

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
    if (fault) {
      this.log(`fault injected into ${fn.name}: ${fault}`);
      return { FunctionError: 'Unhandled', Payload: { errorType: fault === 'transient' ? 'TransientError' : 'InjectedPermanentFault', errorMessage: `Injected ${fault} fault in ${fn.name}` } };
    }
    const host = this.host(fn);
    await host.ready;
    const id = randomUUID();
    return new Promise<InvokeResult>((resolve) => {
      const timer = setTimeout(() => {
        host.pending.delete(id);
        resolve({ FunctionError: 'Unhandled', Payload: { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${fn.timeoutSeconds} seconds` } });
      }, fn.timeoutSeconds * 1000);
      host.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      host.child.send({ type: 'invoke', id, event, functionArn: fn.arn, timeoutMs: fn.timeoutSeconds * 1000 });
    });
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
    const child = fork(join(__dirname, 'lambda-host.cjs'), [fn.bundleDir, fn.handler], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--enable-source-maps', '--disable-warning=NodeVersionSupportWarning'] });
    const pending = new Map<string, (r: InvokeResult) => void>();
    let markReady: () => void = () => {};
    let markFailed: (e: Error) => void = () => {};
    const ready = new Promise<void>((res, rej) => ((markReady = res), (markFailed = rej)));
    child.on('message', (msg: { type: string; id?: string; ok?: boolean; result?: unknown; errorType?: string; errorMessage?: string }) => {
      if (msg.type === 'ready') markReady();
      else if (msg.type === 'init-error') markFailed(new Error(`${fn.name} failed to load: ${msg.errorType}: ${msg.errorMessage}`));
      else if (msg.type === 'result' && msg.id) {
        const done = pending.get(msg.id);
        pending.delete(msg.id);
        done?.(msg.ok ? { Payload: msg.result } : { FunctionError: 'Unhandled', Payload: { errorType: msg.errorType, errorMessage: msg.errorMessage } });
      }
    });
    child.on('exit', (code) => {
      markFailed(new Error(`${fn.name} exited with ${code}`));
      for (const done of pending.values()) done({ FunctionError: 'Unhandled', Payload: { errorType: 'Runtime.ExitError', errorMessage: `Runtime exited with ${code}` } });
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
