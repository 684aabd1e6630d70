// Secure defaults in one place, so every construct starts from the same floor.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';

export const DEFAULTS = {
  lambdaRuntime: lambda.Runtime.NODEJS_22_X,
  lambdaArchitecture: lambda.Architecture.ARM_64,
  lambdaTimeout: Duration.seconds(30),
  lambdaMemoryMb: 512,
  tracing: lambda.Tracing.ACTIVE,
  /** Case data outlives a stack: tables and keys are retained when a stack is deleted. */
  statefulRemovalPolicy: RemovalPolicy.RETAIN,
  logRemovalPolicy: RemovalPolicy.DESTROY,
} as const;

export function retentionFor(days: number): logs.RetentionDays {
  const allowed = Object.values(logs.RetentionDays)
    .filter((v): v is number => typeof v === 'number' && v > 0)
    .sort((a, b) => a - b);
  return (allowed.find((d) => d >= days) ?? logs.RetentionDays.ONE_YEAR) as logs.RetentionDays;
}
