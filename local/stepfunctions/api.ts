// The Step Functions operations the local stack uses: request validation and
// response shapes of the AWS JSON 1.0 protocol (dates as epoch seconds).
import { z } from 'zod';
import type { CompiledStateMachine } from './definition';
import type { StepFunctionsEngine } from './engine';
import { StepFunctionsApiError } from './errors';
import type { ExecutionRecord } from './execution-store';

const seconds = (epochMs: number | undefined): number | undefined => (epochMs === undefined ? undefined : epochMs / 1000);
const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'] as const;

type Operation = (engine: StepFunctionsEngine, body: unknown) => unknown;

function operation<S extends z.ZodType>(schema: S, run: (engine: StepFunctionsEngine, request: z.infer<S>) => unknown): Operation {
  return (engine, body) => {
    const parsed = schema.safeParse(body ?? {});
    if (!parsed.success) throw new StepFunctionsApiError('ValidationException', z.prettifyError(parsed.error));
    return run(engine, parsed.data);
  };
}

const executionArn = z.object({ executionArn: z.string() });
const taskToken = z.string().min(1).max(2048);

export const OPERATIONS: Readonly<Record<string, Operation>> = {
  StartExecution: operation(z.object({ stateMachineArn: z.string(), name: z.string().optional(), input: z.string().optional() }), (engine, request) => {
    const started = engine.startExecution(request);
    return { executionArn: started.executionArn, startDate: seconds(started.startDate) };
  }),

  DescribeExecution: operation(executionArn, (engine, request) => describeExecution(engine.describeExecution(request.executionArn))),

  ListExecutions: operation(
    z.object({
      stateMachineArn: z.string(),
      statusFilter: z.enum(EXECUTION_STATUSES).optional(),
      maxResults: z.number().int().min(0).max(1000).optional(),
      nextToken: z.string().optional(),
    }),
    (engine, request) => {
      const { executions, nextToken } = engine.listExecutions(request);
      return {
        executions: executions.map((e) => ({
          executionArn: e.executionArn,
          stateMachineArn: e.stateMachineArn,
          name: e.name,
          status: e.status,
          startDate: seconds(e.startDate),
          stopDate: seconds(e.stopDate),
          redriveCount: 0,
        })),
        nextToken,
      };
    },
  ),

  GetExecutionHistory: operation(
    executionArn.extend({
      maxResults: z.number().int().min(0).max(1000).optional(),
      reverseOrder: z.boolean().optional(),
      nextToken: z.string().optional(),
      includeExecutionData: z.boolean().optional(),
    }),
    (engine, request) => engine.executionHistory(request.executionArn, request),
  ),

  StopExecution: operation(executionArn.extend({ error: z.string().max(256).optional(), cause: z.string().max(32768).optional() }), (engine, request) => {
    const { stopDate } = engine.stopExecution(request.executionArn, request.error, request.cause);
    return { stopDate: seconds(stopDate) };
  }),

  SendTaskSuccess: operation(z.object({ taskToken, output: z.string() }), (engine, request) => {
    engine.sendTaskSuccess(request.taskToken, request.output);
    return {};
  }),

  SendTaskFailure: operation(z.object({ taskToken, error: z.string().max(256).optional(), cause: z.string().max(32768).optional() }), (engine, request) => {
    engine.sendTaskFailure(request.taskToken, request.error, request.cause);
    return {};
  }),

  SendTaskHeartbeat: operation(z.object({ taskToken }), (engine, request) => {
    engine.sendTaskHeartbeat(request.taskToken);
    return {};
  }),

  ListStateMachines: operation(z.object({ maxResults: z.number().int().min(0).max(1000).optional(), nextToken: z.string().optional() }), (engine, request) => {
    const { stateMachines, nextToken } = engine.listStateMachines(request.maxResults, request.nextToken);
    return {
      stateMachines: stateMachines.map((m) => ({ stateMachineArn: m.arn, name: m.name, type: 'STANDARD', creationDate: seconds(engine.createdAt) })),
      nextToken,
    };
  }),

  DescribeStateMachine: operation(z.object({ stateMachineArn: z.string() }), (engine, request) =>
    describeStateMachine(engine.describeStateMachine(request.stateMachineArn), engine.createdAt),
  ),
};

function describeExecution(e: ExecutionRecord): Record<string, unknown> {
  return {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: seconds(e.startDate),
    stopDate: seconds(e.stopDate),
    input: e.input,
    inputDetails: { included: true },
    ...(e.output !== undefined ? { output: e.output, outputDetails: { included: true } } : {}),
    error: e.error,
    cause: e.cause,
    redriveCount: 0,
    redriveStatus: 'NOT_REDRIVABLE',
  };
}

function describeStateMachine(machine: CompiledStateMachine, createdAt: number): Record<string, unknown> {
  return {
    stateMachineArn: machine.arn,
    name: machine.name,
    status: 'ACTIVE',
    definition: machine.definitionString,
    roleArn: machine.config.roleArn,
    type: 'STANDARD',
    creationDate: seconds(createdAt),
    loggingConfiguration: machine.config.loggingConfiguration ?? { level: 'OFF', includeExecutionData: false },
    tracingConfiguration: { enabled: false },
  };
}
