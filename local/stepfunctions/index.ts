// A local stand-in for the AWS Step Functions API. It runs the real state
// machine definition (ASL, JSONPath) with aws-local-stepfunctions, answers the
// AWS JSON 1.0 protocol so @aws-sdk/client-sfn works against it, and keeps
// executions on disk so they survive a restart (task tokens included).
import type { AddressInfo } from 'node:net';
import { CompiledStateMachine } from './definition';
import { StepFunctionsEngine } from './engine';
import { InvalidDefinitionError } from './errors';
import { ExecutionStore } from './execution-store';
import { createApiServer } from './http-server';
import type { StepFunctionsServer, StepFunctionsServerOptions } from './types';

export type { LambdaInvoker, LambdaInvokeResult, LocalStateMachine, StepFunctionsServer, StepFunctionsServerOptions } from './types';
export { InvalidDefinitionError, StepFunctionsApiError } from './errors';

/**
 * Validates every definition (InvalidDefinitionError if one would not run
 * faithfully here), resumes the executions that were RUNNING in `dataDir`, and
 * listens on `host:port`.
 */
export async function startStepFunctionsServer(opts: StepFunctionsServerOptions): Promise<StepFunctionsServer> {
  const log = opts.log ?? (() => undefined);
  const machines = opts.stateMachines.map((config) => new CompiledStateMachine(config, log));
  const duplicate = machines.find((machine, i) => machines.findIndex((other) => other.arn === machine.arn) !== i);
  if (duplicate) throw new InvalidDefinitionError(duplicate.name, `ARN ${duplicate.arn} is configured twice`);

  const engine = new StepFunctionsEngine({
    region: opts.region,
    machines,
    store: new ExecutionStore(opts.dataDir),
    invokeLambda: opts.invokeLambda,
    callDynamoDb: opts.callDynamoDb,
    retryIntervalMs: opts.retryIntervalMs,
    log,
  });
  engine.resumePersisted();

  const server = createApiServer(engine, log);
  const host = opts.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, host, () => resolve());
    });
  } catch (e) {
    engine.close();
    throw e;
  }
  const { port } = server.address() as AddressInfo;
  log(`stepfunctions: listening on http://${host}:${port} (${machines.map((m) => m.name).join(', ')})`);

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    idle: () => engine.idle(),
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        engine.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
