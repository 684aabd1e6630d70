// The one Lambda construct: ARM64, Node 22, explicit timeout and memory, a log
// group with retention, source maps, X-Ray tracing, bundled locally by esbuild
// (no Docker). Grants are made by the caller, narrowly.
import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { DEFAULTS, retentionFor } from './secure-defaults';

export interface RedressFunctionProps {
  /** File under functions/handlers, without extension. */
  readonly handlerFile: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly description: string;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  readonly logRetentionDays: number;
}

export class RedressFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: RedressFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: retentionFor(props.logRetentionDays), removalPolicy: DEFAULTS.logRemovalPolicy });
    this.fn = new NodejsFunction(this, 'Fn', {
      entry: join(__dirname, '..', '..', 'functions', 'handlers', `${props.handlerFile}.ts`),
      handler: 'handler',
      description: props.description,
      runtime: DEFAULTS.lambdaRuntime,
      architecture: DEFAULTS.lambdaArchitecture,
      timeout: props.timeout ?? DEFAULTS.lambdaTimeout,
      memorySize: props.memorySize ?? DEFAULTS.lambdaMemoryMb,
      tracing: DEFAULTS.tracing,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: { NODE_OPTIONS: '--enable-source-maps', POWERTOOLS_SERVICE_NAME: `redress-${props.handlerFile}`, ...props.environment },
      bundling: {
        format: OutputFormat.CJS,
        target: 'node22',
        minify: true,
        sourceMap: true,
        forceDockerBundling: false,
        // The SDK v3 ships with the runtime, but pinning our own keeps local and AWS on the same client code.
        externalModules: [],
      },
    });
  }
}
