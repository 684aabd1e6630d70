// Reads what `cdk synth` wrote to cdk.out and resolves the few CloudFormation
// intrinsics our templates use (Ref, Fn::GetAtt, Fn::Join, Fn::ImportValue,
// Fn::Select, Fn::Split, pseudo parameters) to local names. This is how local
// mode runs the exact state machine and Lambda bundles CDK produced.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOCAL_ACCOUNT = '000000000000';

type Template = {
  Resources: Record<string, { Type: string; Properties?: Record<string, any>; Metadata?: Record<string, any> }>;
  Outputs?: Record<string, { Value: unknown; Export?: { Name: unknown } }>;
};

export interface LocalFunction {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  readonly bundleDir: string;
  readonly handler: string;
  readonly environment: Record<string, string>;
  readonly timeoutSeconds: number;
}

export interface LocalRoute {
  readonly method: string;
  /** NONE, or COGNITO_USER_POOLS when API Gateway checks a Cognito token first. */
  readonly authorizationType: string;
  /** Resource path as API Gateway knows it, e.g. /answers/{linkId}. */
  readonly resource: string;
  readonly functionName: string;
}

/** Where a bucket sends new objects: a Lambda notification with its key prefix. */
export interface BucketNotification {
  readonly bucket: string;
  readonly prefix: string;
  readonly functionName: string;
}

export interface LocalTable {
  readonly name: string;
  readonly properties: Record<string, any>;
}

export interface LocalQueue {
  readonly name: string;
  readonly arn: string;
  readonly visibilityTimeoutSeconds: number;
  readonly retentionSeconds: number;
}

/** How Lambda runs a function's asynchronous invocations (AWS::Lambda::EventInvokeConfig). */
export interface AsyncInvokeConfig {
  readonly functionName: string;
  /** Retries after the first attempt; Lambda's default is 2. */
  readonly maximumRetryAttempts: number;
  /** The queue a record of an event that failed every attempt goes to. */
  readonly onFailureQueue?: string;
}

export class CloudAssembly {
  private readonly templates = new Map<string, Template>();
  private readonly exports = new Map<string, { stack: string; value: unknown }>();

  constructor(
    readonly outDir: string,
    readonly region: string,
  ) {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { type: string; properties?: { templateFile?: string } }>;
    };
    for (const [name, artifact] of Object.entries(manifest.artifacts)) {
      if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) continue;
      const template = JSON.parse(readFileSync(join(outDir, artifact.properties.templateFile), 'utf8')) as Template;
      this.templates.set(name, template);
      for (const output of Object.values(template.Outputs ?? {})) {
        if (output.Export) this.exports.set(String(this.resolve(name, output.Export.Name)), { stack: name, value: output.Value });
      }
    }
  }

  private resources(type: string): { stack: string; logicalId: string; res: Template['Resources'][string] }[] {
    const out = [];
    for (const [stack, t] of this.templates)
      for (const [logicalId, res] of Object.entries(t.Resources)) if (res.Type === type) out.push({ stack, logicalId, res });
    return out;
  }

  /** The local physical name of a resource: readable, stable across synths of the same construct path. */
  physicalName(stack: string, logicalId: string): string {
    const res = this.templates.get(stack)?.Resources[logicalId];
    if (!res) throw new Error(`No resource ${logicalId} in ${stack}`);
    switch (res.Type) {
      case 'AWS::DynamoDB::GlobalTable':
      case 'AWS::DynamoDB::Table':
      case 'AWS::Events::EventBus':
      case 'AWS::S3::Bucket':
        return `redress-${logicalId.replace(/[0-9A-F]{8}$/, '').toLowerCase()}`;
      default:
        return logicalId.replace(/[0-9A-F]{8}$/, '');
    }
  }

  arnOf(stack: string, logicalId: string): string {
    const res = this.templates.get(stack)!.Resources[logicalId]!;
    const name = this.physicalName(stack, logicalId);
    switch (res.Type) {
      case 'AWS::Lambda::Function':
        return `arn:aws:lambda:${this.region}:${LOCAL_ACCOUNT}:function:${name}`;
      case 'AWS::StepFunctions::StateMachine':
        return `arn:aws:states:${this.region}:${LOCAL_ACCOUNT}:stateMachine:${name}`;
      case 'AWS::DynamoDB::GlobalTable':
      case 'AWS::DynamoDB::Table':
        return `arn:aws:dynamodb:${this.region}:${LOCAL_ACCOUNT}:table/${name}`;
      case 'AWS::Events::EventBus':
        return `arn:aws:events:${this.region}:${LOCAL_ACCOUNT}:event-bus/${name}`;
      case 'AWS::SQS::Queue':
        return `arn:aws:sqs:${this.region}:${LOCAL_ACCOUNT}:${name}`;
      default:
        return `arn:aws:local:${this.region}:${LOCAL_ACCOUNT}:${logicalId}`;
    }
  }

  resolve(stack: string, value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.resolve(stack, v));
    if (!value || typeof value !== 'object') return value;
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length === 1) {
      const [k] = keys as [string];
      const arg = obj[k];
      switch (k) {
        case 'Ref':
          return this.ref(stack, String(arg));
        case 'Fn::GetAtt': {
          const [id, attr] = Array.isArray(arg) ? (arg as string[]) : String(arg).split('.');
          // Arn is an ARN; every other attribute our templates read (Name, …) is the physical name.
          return attr === 'Arn' ? this.arnOf(stack, id!) : this.physicalName(stack, id!);
        }
        case 'Fn::Join': {
          const [sep, parts] = arg as [string, unknown[]];
          return (this.resolve(stack, parts) as unknown[]).map(String).join(sep);
        }
        case 'Fn::Select': {
          const [index, list] = arg as [number, unknown];
          return (this.resolve(stack, list) as unknown[])[Number(index)];
        }
        case 'Fn::Split': {
          const [sep, str] = arg as [string, unknown];
          return String(this.resolve(stack, str)).split(sep);
        }
        case 'Fn::ImportValue': {
          const exp = this.exports.get(String(this.resolve(stack, arg)));
          if (!exp) throw new Error(`No export ${String(arg)}`);
          return this.resolve(exp.stack, exp.value);
        }
        case 'Fn::Sub': {
          const [tpl, vars] = Array.isArray(arg) ? (arg as [string, Record<string, unknown>]) : [String(arg), {}];
          return tpl.replace(/\$\{([^}]+)\}/g, (_m, name: string) => String(name in vars ? this.resolve(stack, vars[name]) : this.ref(stack, name)));
        }
      }
    }
    return Object.fromEntries(keys.map((k) => [k, this.resolve(stack, obj[k])]));
  }

  private ref(stack: string, name: string): string {
    switch (name) {
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::Region':
        return this.region;
      case 'AWS::AccountId':
        return LOCAL_ACCOUNT;
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::StackName':
        return stack;
      case 'AWS::NoValue':
        return '';
    }
    const res = this.templates.get(stack)?.Resources[name];
    if (!res) throw new Error(`Cannot resolve Ref ${name} in ${stack}`);
    if (res.Type === 'AWS::StepFunctions::StateMachine') return this.arnOf(stack, name);
    if (res.Type === 'AWS::ApiGateway::RestApi') return 'local-api';
    return this.physicalName(stack, name);
  }

  functions(): LocalFunction[] {
    // Functions only a CloudFormation custom resource calls (deploy-time checks) never run locally.
    const deployTimeOnly = new Set(
      this.resources('AWS::Lambda::Function')
        .map(
          ({ res }) =>
            (res.Properties?.Environment?.Variables as Record<string, unknown> | undefined)?.USER_ON_EVENT_FUNCTION_ARN as
              | { 'Fn::GetAtt'?: [string, string] }
              | undefined,
        )
        .map((ref) => ref?.['Fn::GetAtt']?.[0])
        .filter((id): id is string => Boolean(id)),
    );
    return this.resources('AWS::Lambda::Function')
      .filter(({ logicalId }) => !deployTimeOnly.has(logicalId))
      .filter(({ res }) => res.Metadata?.['aws:asset:path'] && String(res.Properties?.Handler ?? '').startsWith('index.'))
      .map(({ stack, logicalId, res }) => ({
        logicalId,
        name: this.physicalName(stack, logicalId),
        arn: this.arnOf(stack, logicalId),
        bundleDir: join(this.outDir, String(res.Metadata!['aws:asset:path'])),
        handler: String(res.Properties!.Handler),
        environment: Object.fromEntries(
          Object.entries(this.resolve(stack, res.Properties!.Environment?.Variables ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
        ),
        timeoutSeconds: Number(res.Properties!.Timeout ?? 3),
      }));
  }

  stateMachines(): { name: string; arn: string; definition: Record<string, unknown>; roleArn: string }[] {
    return this.resources('AWS::StepFunctions::StateMachine').map(({ stack, logicalId, res }) => ({
      name: this.physicalName(stack, logicalId),
      arn: this.arnOf(stack, logicalId),
      definition: JSON.parse(String(this.resolve(stack, res.Properties!.DefinitionString))) as Record<string, unknown>,
      roleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${logicalId}`,
    }));
  }

  tables(): LocalTable[] {
    return [...this.resources('AWS::DynamoDB::GlobalTable'), ...this.resources('AWS::DynamoDB::Table')].map(({ stack, logicalId, res }) => ({
      name: this.physicalName(stack, logicalId),
      properties: res.Properties ?? {},
    }));
  }

  /** Scheduled EventBridge rules that target a function: `rate(N unit)` only. */
  schedules(): { functionName: string; everyMs: number }[] {
    const unitMs: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };
    const out: { functionName: string; everyMs: number }[] = [];
    for (const { stack, res } of this.resources('AWS::Events::Rule')) {
      const m = /^rate\((\d+) (\w+)\)$/.exec(String(res.Properties?.ScheduleExpression ?? ''));
      if (!m) continue;
      for (const target of (res.Properties?.Targets ?? []) as { Arn: unknown }[]) {
        const fnId = functionIdIn(target.Arn);
        if (fnId) out.push({ functionName: this.physicalName(stack, fnId), everyMs: Number(m[1]) * (unitMs[m[2]!] ?? 60_000) });
      }
    }
    return out;
  }

  /** Where buckets send new objects: each Lambda notification with its key prefix. */
  bucketNotifications(): BucketNotification[] {
    const out: BucketNotification[] = [];
    for (const { stack, res } of this.resources('Custom::S3BucketNotifications')) {
      const bucket = String(this.resolve(stack, res.Properties?.BucketName));
      for (const c of (res.Properties?.NotificationConfiguration?.LambdaFunctionConfigurations ?? []) as {
        LambdaFunctionArn: unknown;
        Filter?: { Key?: { FilterRules?: { Name: string; Value: string }[] } };
      }[]) {
        const fnId = functionIdIn(c.LambdaFunctionArn);
        if (!fnId) continue;
        const prefix = c.Filter?.Key?.FilterRules?.find((r) => r.Name.toLowerCase() === 'prefix')?.Value ?? '';
        out.push({ bucket, prefix, functionName: this.physicalName(stack, fnId) });
      }
    }
    return out;
  }

  queues(): LocalQueue[] {
    return this.resources('AWS::SQS::Queue').map(({ stack, logicalId, res }) => ({
      name: this.physicalName(stack, logicalId),
      arn: this.arnOf(stack, logicalId),
      visibilityTimeoutSeconds: Number(res.Properties?.VisibilityTimeout ?? 30),
      retentionSeconds: Number(res.Properties?.MessageRetentionPeriod ?? 345_600),
    }));
  }

  /** Each function's async invocation settings: its retries and the queue its failures go to. */
  asyncInvokeConfigs(): AsyncInvokeConfig[] {
    const out: AsyncInvokeConfig[] = [];
    for (const { stack, res } of this.resources('AWS::Lambda::EventInvokeConfig')) {
      const p = res.Properties ?? {};
      const fnId = (p.FunctionName as { Ref?: string } | undefined)?.Ref ?? functionIdIn(p.FunctionName);
      if (!fnId) continue;
      const destination = /"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/.exec(JSON.stringify(p.DestinationConfig?.OnFailure?.Destination ?? ''))?.[1];
      const isQueue = destination && this.templates.get(stack)?.Resources[destination]?.Type === 'AWS::SQS::Queue';
      out.push({
        functionName: this.physicalName(stack, fnId),
        maximumRetryAttempts: Number(p.MaximumRetryAttempts ?? 2),
        ...(isQueue ? { onFailureQueue: this.physicalName(stack, destination) } : {}),
      });
    }
    return out;
  }

  eventBuses(): string[] {
    return this.resources('AWS::Events::EventBus').map(({ stack, logicalId }) => this.physicalName(stack, logicalId));
  }

  /** API Gateway REST routes: each Method's resource path, verb and the function its proxy integration calls. */
  routes(): LocalRoute[] {
    const routes: LocalRoute[] = [];
    for (const [stack, t] of this.templates) {
      const paths = new Map<string, string>();
      const pathOf = (ref: unknown): string => {
        if (ref && typeof ref === 'object' && 'Fn::GetAtt' in (ref as object)) return ''; // the RestApi's root resource
        const id = (ref as { Ref: string }).Ref;
        if (paths.has(id)) return paths.get(id)!;
        const r = t.Resources[id]!;
        const p = `${pathOf(r.Properties!.ParentId)}/${r.Properties!.PathPart}`;
        paths.set(id, p);
        return p;
      };
      for (const [, res] of Object.entries(t.Resources)) {
        if (res.Type !== 'AWS::ApiGateway::Method') continue;
        const fnId = functionIdIn(res.Properties?.Integration?.Uri);
        if (!fnId) continue;
        routes.push({
          method: String(res.Properties!.HttpMethod),
          authorizationType: String(res.Properties!.AuthorizationType ?? 'NONE'),
          resource: pathOf(res.Properties!.ResourceId) || '/',
          functionName: this.physicalName(stack, fnId),
        });
      }
    }
    return routes;
  }
}

/** The logical id of the function a value points at through `Fn::GetAtt [id, Arn]`, if any. */
function functionIdIn(value: unknown): string | undefined {
  return /"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/.exec(JSON.stringify(value ?? ''))?.[1];
}

/** True when cdk.out is older than any source the app or its bundles are built from. */
export function assemblyIsStale(root: string, outDir: string): boolean {
  const manifest = join(outDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const builtAt = statSync(manifest).mtimeMs;
  const newest = (dir: string): number => {
    if (!existsSync(dir)) return 0;
    let max = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return max;
  };
  const sources = ['infra', 'workflows', 'functions', 'events', 'web'].map((d) => newest(join(root, d)));
  const files = ['package-lock.json', 'cdk.json', 'redress.config.json'].map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0));
  return Math.max(...sources, ...files) > builtAt;
}
