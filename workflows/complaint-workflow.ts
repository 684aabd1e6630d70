// The complaint state machine: acknowledge → classify → investigate → resolve
// → compensate → confirm satisfaction. JSONPath only (the local interpreter
// ignores JSONata). States carry the case id and small codes, never personal
// data. Every Task has a timeout; Lambda tasks retry TransientError and Lambda
// service errors with jittered backoff; callback tasks wait on people, are not
// retried and escalate on timeout; every catch ends in NeedsAttention.
import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';

export interface ComplaintWorkflowFunctions {
  readonly acknowledge: lambda.IFunction;
  readonly classify: lambda.IFunction;
  readonly investigate: lambda.IFunction;
  readonly awaitPerson: lambda.IFunction;
  readonly resolve: lambda.IFunction;
  readonly compensate: lambda.IFunction;
  readonly finish: lambda.IFunction;
}

/** Error names a Lambda task retries. `TransientError` is thrown by our handlers for throttling and 5xx. */
export const TRANSIENT_ERRORS = [
  'TransientError',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
] as const;

/** A Lambda task never waits longer than this for its function (whose own timeout is shorter). */
export const LAMBDA_TASK_TIMEOUT = Duration.seconds(60);

/** Where the timeouts of callback states come from: the execution input, set from config at intake. */
export const TIMEOUT_PATHS = {
  findings: '$.config.timeouts.findingsSeconds',
  escalatedFindings: '$.config.timeouts.escalatedFindingsSeconds',
  decision: '$.config.timeouts.decisionSeconds',
  escalatedDecision: '$.config.timeouts.escalatedDecisionSeconds',
  satisfaction: '$.config.timeouts.satisfactionSeconds',
} as const;

export class ComplaintWorkflow extends Construct {
  readonly definition: sfn.IChainable;
  private readonly needsAttention: sfn.IChainable;

  constructor(scope: Construct, id: string, fns: ComplaintWorkflowFunctions) {
    super(scope, id);

    // Every catch lands here: the case is flagged for a person with the error on its timeline.
    const flag = this.step('NeedsAttention', fns.finish, { action: 'needs-attention', 'caseId.$': '$.caseId', 'error.$': '$.error.Error', 'cause.$': '$.error.Cause' }, sfn.JsonPath.DISCARD, false);
    flag.addCatch(new sfn.Fail(this, 'NeedsAttentionUnrecorded', { error: 'Redress.NeedsAttentionUnrecorded', cause: 'Flagging the case failed; the sweeper will surface it' }), {
      resultPath: '$.flagError',
    });
    this.needsAttention = flag.next(new sfn.Fail(this, 'CaseNeedsAttention', { error: 'Redress.NeedsAttention', cause: 'The case was handed to a person after a failure' }));

    const acknowledge = this.step('Acknowledge', fns.acknowledge, { 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const classify = this.step('Classify', fns.classify, { 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const investigate = this.step('Investigate', fns.investigate, { 'caseId.$': '$.caseId' }, '$.investigation', true, { 'needsPerson.$': '$.Payload.needsPerson' });

    // Findings: an agent investigates; on timeout a supervisor is told and gets the case.
    const awaitFindings = this.waitForPerson('AwaitFindings', fns.awaitPerson, 'findings', TIMEOUT_PATHS.findings, '$.findings', false);
    const escalateFindings = this.step('EscalateFindings', fns.compensate, { action: 'escalate', waitingFor: 'findings', 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const awaitEscalatedFindings = this.waitForPerson('AwaitEscalatedFindings', fns.awaitPerson, 'findings', TIMEOUT_PATHS.escalatedFindings, '$.findings', true);

    const resolve = this.step('Resolve', fns.resolve, { 'caseId.$': '$.caseId' }, '$.resolution', true, {
      'compensationProposed.$': '$.Payload.compensationProposed',
      'proposalId.$': '$.Payload.proposalId',
    });

    const awaitDecision = this.waitForPerson('AwaitDecision', fns.awaitPerson, 'decision', TIMEOUT_PATHS.decision, '$.decision', false);
    const escalateDecision = this.step('EscalateDecision', fns.compensate, { action: 'escalate', waitingFor: 'decision', 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const awaitEscalatedDecision = this.waitForPerson('AwaitEscalatedDecision', fns.awaitPerson, 'decision', TIMEOUT_PATHS.escalatedDecision, '$.decision', true);
    const applyDecision = this.step(
      'ApplyDecision',
      fns.compensate,
      { action: 'apply', 'caseId.$': '$.caseId', 'proposalId.$': '$.resolution.proposalId', 'decision.$': '$.decision' },
      sfn.JsonPath.DISCARD,
    );

    const awaitSatisfaction = this.waitForPerson('AwaitSatisfaction', fns.awaitPerson, 'satisfaction', TIMEOUT_PATHS.satisfaction, '$.satisfaction', false);
    const closeSatisfied = this.step('CloseSatisfied', fns.finish, { action: 'close', outcome: 'satisfied', 'caseId.$': '$.caseId', 'rating.$': '$.satisfaction.rating' }, sfn.JsonPath.DISCARD);
    const closeNoAnswer = this.step('CloseNoAnswer', fns.finish, { action: 'close', outcome: 'no_answer', 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const reopen = this.step('Reopen', fns.finish, { action: 'reopen', 'caseId.$': '$.caseId', 'rating.$': '$.satisfaction.rating' }, '$.reopen', true, { 'toSupervisor.$': '$.Payload.toSupervisor' });
    const closed = new sfn.Succeed(this, 'Closed');
    const withSupervisor = new sfn.Succeed(this, 'WithSupervisor', { comment: 'Reopened more than allowed: a supervisor owns the case now' });

    // Timeouts on people escalate; only the escalated wait timing out is a failure.
    awaitFindings.addCatch(escalateFindings, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.timeout' });
    escalateFindings.next(awaitEscalatedFindings);
    awaitDecision.addCatch(escalateDecision, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.timeout' });
    escalateDecision.next(awaitEscalatedDecision);
    awaitSatisfaction.addCatch(closeNoAnswer, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.timeout' });
    for (const t of [awaitFindings, awaitDecision, awaitSatisfaction, awaitEscalatedFindings, awaitEscalatedDecision]) {
      t.addCatch(this.needsAttention, { errors: [sfn.Errors.ALL], resultPath: '$.error' });
    }

    const afterFindings = resolve.next(
      new sfn.Choice(this, 'CompensationProposed?')
        .when(sfn.Condition.booleanEquals('$.resolution.compensationProposed', true), awaitDecision)
        .otherwise(awaitSatisfaction),
    );
    awaitFindings.next(afterFindings);
    awaitEscalatedFindings.next(resolve);
    awaitDecision.next(applyDecision);
    awaitEscalatedDecision.next(applyDecision);
    applyDecision.next(awaitSatisfaction);

    awaitSatisfaction.next(
      new sfn.Choice(this, 'Satisfied?')
        .when(sfn.Condition.stringEquals('$.satisfaction.answer', 'yes'), closeSatisfied)
        .otherwise(reopen),
    );
    closeSatisfied.next(closed);
    closeNoAnswer.next(closed);
    reopen.next(
      new sfn.Choice(this, 'ToSupervisor?')
        .when(sfn.Condition.booleanEquals('$.reopen.toSupervisor', true), withSupervisor)
        .otherwise(investigate),
    );

    this.definition = acknowledge
      .next(classify)
      .next(investigate)
      .next(new sfn.Choice(this, 'NeedsPerson?').when(sfn.Condition.booleanEquals('$.investigation.needsPerson', true), awaitFindings).otherwise(resolve));
  }

  /** A Lambda step: payload in, a selected result out, retries on transient errors, catch into needs-attention. */
  private step(
    id: string,
    fn: lambda.IFunction,
    payload: Record<string, unknown>,
    resultPath: string,
    catchIntoAttention = true,
    resultSelector?: Record<string, string>,
  ): tasks.LambdaInvoke {
    const task = new tasks.LambdaInvoke(this, id, {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject(payload),
      payloadResponseOnly: false,
      retryOnServiceExceptions: false,
      // Only the few fields later choices need enter the state; the case store holds the rest.
      ...(resultSelector ? { resultSelector } : {}),
      resultPath,
      taskTimeout: sfn.Timeout.duration(LAMBDA_TASK_TIMEOUT),
    });
    task.addRetry({ errors: [...TRANSIENT_ERRORS], interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 4, maxDelay: Duration.seconds(30), jitterStrategy: sfn.JitterType.FULL });
    if (catchIntoAttention) task.addCatch(this.needsAttention, { errors: [sfn.Errors.ALL], resultPath: '$.error' });
    return task;
  }

  /** A callback step: the function stores the token; a person's answer completes it. No retry: people are not retried. */
  private waitForPerson(id: string, fn: lambda.IFunction, kind: 'findings' | 'decision' | 'satisfaction', timeoutPath: string, resultPath: string, escalated: boolean): tasks.LambdaInvoke {
    return new tasks.LambdaInvoke(this, id, {
      lambdaFunction: fn,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: sfn.TaskInput.fromObject({
        kind,
        escalated,
        'caseId.$': '$.caseId',
        taskToken: sfn.JsonPath.taskToken,
        ...(kind === 'decision' ? { 'proposalId.$': '$.resolution.proposalId' } : {}),
      }),
      retryOnServiceExceptions: false,
      resultPath,
      taskTimeout: sfn.Timeout.at(timeoutPath),
    });
  }
}
