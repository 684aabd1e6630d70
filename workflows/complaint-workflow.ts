// The complaint state machine: acknowledge → classify → investigate → resolve
// → compensate → confirm satisfaction. JSONPath only (the local interpreter
// ignores JSONata). States carry the case id and small codes, never personal
// data. Every Task has a timeout; Lambda tasks retry TransientError and Lambda
// service errors with jittered backoff. A wait on a person is two states: a
// Lambda that prepares it (retried like any step) and a callback state that
// writes the task token straight into the case store with the DynamoDB SDK
// integration: no software of ours can fail while a person holds the token, so
// the callback is never retried, needs no heartbeat, and escalates on timeout.
// Every catch ends in NeedsAttention.
import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { RESUME_STEPS } from '../functions/domain/case/case';

export interface ComplaintWorkflowFunctions {
  readonly acknowledge: lambda.IFunction;
  readonly classify: lambda.IFunction;
  readonly investigate: lambda.IFunction;
  readonly prepareWait: lambda.IFunction;
  readonly resolve: lambda.IFunction;
  readonly compensate: lambda.IFunction;
  readonly payout: lambda.IFunction;
  readonly finish: lambda.IFunction;
}

/**
 * Error names a Lambda task retries. `TransientError` is thrown by our handlers for throttling and 5xx.
 * A timeout (`Sandbox.Timedout`) or a crashed runtime (`Runtime.ExitError`) may strike after any of a
 * step's side effects; they are retried like the rest because every step is safe to repeat: a retry
 * finds its own half-done work and finishes it, never redoes it.
 */
export const TRANSIENT_ERRORS = [
  'TransientError',
  'Sandbox.Timedout',
  'Runtime.ExitError',
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
  payout: '$.config.timeouts.payoutSeconds',
  payoutRecheck: '$.config.timeouts.payoutRecheckSeconds',
} as const;

/** Steps a supervisor may restart a stuck case from (`$.resumeAt`, use-cases/resume-case.ts): one list, in the domain. */
export { RESUME_STEPS } from '../functions/domain/case/case';

export class ComplaintWorkflow extends Construct {
  readonly definition: sfn.IChainable;
  private readonly needsAttention: sfn.IChainable;

  private readonly table: dynamodb.ITable;

  constructor(scope: Construct, id: string, fns: ComplaintWorkflowFunctions, store: { table: dynamodb.ITable }) {
    super(scope, id);
    this.table = store.table;

    // Every catch lands here: the case is flagged for a person with the error on its timeline.
    const flag = this.step(
      'NeedsAttention',
      fns.finish,
      { action: 'needs-attention', 'caseId.$': '$.caseId', 'error.$': '$.error.Error', 'cause.$': '$.error.Cause' },
      sfn.JsonPath.DISCARD,
      false,
    );
    flag.addCatch(
      new sfn.Fail(this, 'NeedsAttentionUnrecorded', {
        error: 'Redress.NeedsAttentionUnrecorded',
        cause: 'Flagging the case failed; the sweeper will surface it',
      }),
      {
        resultPath: '$.flagError',
      },
    );
    this.needsAttention = flag.next(
      new sfn.Fail(this, 'CaseNeedsAttention', { error: 'Redress.NeedsAttention', cause: 'The case was handed to a person after a failure' }),
    );

    const acknowledge = this.step('Acknowledge', fns.acknowledge, { 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const classify = this.step('Classify', fns.classify, { 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const investigate = this.step('Investigate', fns.investigate, { 'caseId.$': '$.caseId' }, '$.investigation', true, {
      'needsPerson.$': '$.Payload.needsPerson',
    });

    // Findings: an agent investigates; on timeout a supervisor is told and gets the case.
    const awaitFindings = this.waitForPerson('Findings', fns.prepareWait, 'findings', TIMEOUT_PATHS.findings, '$.findings', false);
    const escalateFindings = this.step(
      'EscalateFindings',
      fns.compensate,
      { action: 'escalate', waitingFor: 'findings', 'caseId.$': '$.caseId' },
      sfn.JsonPath.DISCARD,
    );
    const awaitEscalatedFindings = this.waitForPerson('EscalatedFindings', fns.prepareWait, 'findings', TIMEOUT_PATHS.escalatedFindings, '$.findings', true);

    const resolve = this.step('Resolve', fns.resolve, { 'caseId.$': '$.caseId' }, '$.resolution', true, {
      'compensationProposed.$': '$.Payload.compensationProposed',
      'proposalId.$': '$.Payload.proposalId',
    });

    const awaitDecision = this.waitForPerson('Decision', fns.prepareWait, 'decision', TIMEOUT_PATHS.decision, '$.decision', false);
    const escalateDecision = this.step(
      'EscalateDecision',
      fns.compensate,
      { action: 'escalate', waitingFor: 'decision', 'caseId.$': '$.caseId' },
      sfn.JsonPath.DISCARD,
    );
    const awaitEscalatedDecision = this.waitForPerson('EscalatedDecision', fns.prepareWait, 'decision', TIMEOUT_PATHS.escalatedDecision, '$.decision', true);
    const applyDecision = this.step(
      'ApplyDecision',
      fns.compensate,
      { action: 'apply', 'caseId.$': '$.caseId', 'proposalId.$': '$.resolution.proposalId', 'decision.$': '$.decision' },
      '$.applied',
      true,
      { 'approved.$': '$.Payload.approved' },
    );

    // Money: an approval is paid through the payout port; only the service's "paid" (or a person's
    // manual reference) leads on to the satisfaction question. Pending is checked again later;
    // anything else waits on a supervisor, who retries, rechecks or records a manual payout.
    const payout = this.step('Payout', fns.payout, { action: 'pay', 'caseId.$': '$.caseId', 'proposalId.$': '$.resolution.proposalId' }, '$.payout', true, {
      'outcome.$': '$.Payload.outcome',
    });
    const awaitPayout = this.waitForPerson('Payout', fns.prepareWait, 'payout', TIMEOUT_PATHS.payout, '$.payoutAnswer', false);
    const applyPayoutAnswer = this.step(
      'ApplyPayoutAnswer',
      fns.payout,
      { action: 'answer', 'caseId.$': '$.caseId', 'proposalId.$': '$.resolution.proposalId', 'answer.$': '$.payoutAnswer' },
      sfn.JsonPath.DISCARD,
    );
    const recheckLater = new sfn.Wait(this, 'WaitBeforePayoutCheck', { time: sfn.WaitTime.secondsPath(TIMEOUT_PATHS.payoutRecheck) });

    const awaitSatisfaction = this.waitForPerson('Satisfaction', fns.prepareWait, 'satisfaction', TIMEOUT_PATHS.satisfaction, '$.satisfaction', false);
    const closeSatisfied = this.step(
      'CloseSatisfied',
      fns.finish,
      { action: 'close', outcome: 'satisfied', 'caseId.$': '$.caseId', 'rating.$': '$.satisfaction.rating' },
      sfn.JsonPath.DISCARD,
    );
    const closeNoAnswer = this.step('CloseNoAnswer', fns.finish, { action: 'close', outcome: 'no_answer', 'caseId.$': '$.caseId' }, sfn.JsonPath.DISCARD);
    const reopen = this.step('Reopen', fns.finish, { action: 'reopen', 'caseId.$': '$.caseId', 'rating.$': '$.satisfaction.rating' }, '$.reopen', true, {
      'toSupervisor.$': '$.Payload.toSupervisor',
    });
    const closed = new sfn.Succeed(this, 'Closed');
    const withSupervisor = new sfn.Succeed(this, 'WithSupervisor', { comment: 'Reopened more than allowed: a supervisor owns the case now' });

    // Timeouts on people escalate; only the escalated wait timing out is a failure.
    awaitFindings.wait.addCatch(escalateFindings, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.timeout' });
    escalateFindings.next(awaitEscalatedFindings.prepare);
    awaitDecision.wait.addCatch(escalateDecision, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.timeout' });
    escalateDecision.next(awaitEscalatedDecision.prepare);
    awaitSatisfaction.wait.addCatch(closeNoAnswer, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.timeout' });
    for (const t of [awaitFindings, awaitDecision, awaitSatisfaction, awaitEscalatedFindings, awaitEscalatedDecision, awaitPayout]) {
      t.wait.addCatch(this.needsAttention, { errors: [sfn.Errors.ALL], resultPath: '$.error' });
    }

    const afterFindings = resolve.next(
      new sfn.Choice(this, 'CompensationProposed?')
        .when(sfn.Condition.booleanEquals('$.resolution.compensationProposed', true), awaitDecision.prepare)
        .otherwise(awaitSatisfaction.prepare),
    );
    awaitFindings.wait.next(afterFindings);
    awaitEscalatedFindings.wait.next(resolve);
    awaitDecision.wait.next(applyDecision);
    awaitEscalatedDecision.wait.next(applyDecision);
    applyDecision.next(
      new sfn.Choice(this, 'Approved?').when(sfn.Condition.booleanEquals('$.applied.approved', true), payout).otherwise(awaitSatisfaction.prepare),
    );
    payout.next(
      new sfn.Choice(this, 'Paid?')
        .when(sfn.Condition.stringEquals('$.payout.outcome', 'paid'), awaitSatisfaction.prepare)
        .when(sfn.Condition.stringEquals('$.payout.outcome', 'pending'), recheckLater)
        .otherwise(awaitPayout.prepare),
    );
    recheckLater.next(payout);
    awaitPayout.wait.next(applyPayoutAnswer);
    applyPayoutAnswer.next(payout);

    awaitSatisfaction.wait.next(
      new sfn.Choice(this, 'Satisfied?').when(sfn.Condition.stringEquals('$.satisfaction.answer', 'yes'), closeSatisfied).otherwise(reopen),
    );
    closeSatisfied.next(closed);
    closeNoAnswer.next(closed);
    reopen.next(new sfn.Choice(this, 'ToSupervisor?').when(sfn.Condition.booleanEquals('$.reopen.toSupervisor', true), withSupervisor).otherwise(investigate));

    // A supervisor restarts a stuck case from a named step in a new execution (`<caseId>-r<n>`):
    // its input carries `resumeAt`, and the finish function first gives the case the status that
    // step expects.
    const resumeCase = this.step('ResumeCase', fns.finish, { action: 'resume', 'caseId.$': '$.caseId', 'from.$': '$.resumeAt' }, sfn.JsonPath.DISCARD);
    const resumeTargets: Record<(typeof RESUME_STEPS)[number], sfn.IChainable> = {
      investigate,
      findings: awaitFindings.prepare,
      resolve,
      decision: awaitDecision.prepare,
      payout,
      satisfaction: awaitSatisfaction.prepare,
    };
    const resumeAt = new sfn.Choice(this, 'ResumeAt');
    for (const step of RESUME_STEPS) resumeAt.when(sfn.Condition.stringEquals('$.resumeAt', step), resumeTargets[step]);
    resumeAt.otherwise(new sfn.Fail(this, 'UnknownResumeStep', { error: 'Redress.UnknownResumeStep', cause: 'resumeAt names no step' }));
    resumeCase.next(resumeAt);

    const start = new sfn.Choice(this, 'Resumed?').when(sfn.Condition.isPresent('$.resumeAt'), resumeCase).otherwise(acknowledge);
    this.definition = start;
    acknowledge
      .next(classify)
      .next(investigate)
      .next(
        new sfn.Choice(this, 'NeedsPerson?').when(sfn.Condition.booleanEquals('$.investigation.needsPerson', true), awaitFindings.prepare).otherwise(resolve),
      );
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
    // A mail provider's sending-rate limit lasts longer than a blip: back off for up to minutes.
    task.addRetry({
      errors: ['MailThrottled'],
      interval: Duration.seconds(5),
      backoffRate: 2,
      maxAttempts: 6,
      maxDelay: Duration.seconds(60),
      jitterStrategy: sfn.JitterType.FULL,
    });
    task.addRetry({
      errors: [...TRANSIENT_ERRORS],
      interval: Duration.seconds(2),
      backoffRate: 2,
      maxAttempts: 4,
      maxDelay: Duration.seconds(30),
      jitterStrategy: sfn.JitterType.FULL,
    });
    if (catchIntoAttention) task.addCatch(this.needsAttention, { errors: [sfn.Errors.ALL], resultPath: '$.error' });
    return task;
  }

  /**
   * A wait on a person: `Prepare<Name>` (a Lambda step, retried) gets the case
   * ready and returns the reference the answer will carry; `Await<Name>` puts
   * the task token under that reference in the case store and waits for it to
   * be completed, within the timeout the execution input gives.
   */
  private waitForPerson(
    name: string,
    fn: lambda.IFunction,
    kind: 'findings' | 'decision' | 'satisfaction' | 'payout',
    timeoutPath: string,
    resultPath: string,
    escalated: boolean,
  ): { prepare: tasks.LambdaInvoke; wait: tasks.CallAwsService } {
    const prepare = this.step(
      `Prepare${name}`,
      fn,
      { kind, escalated, 'caseId.$': '$.caseId', ...(kind === 'decision' || kind === 'payout' ? { 'proposalId.$': '$.resolution.proposalId' } : {}) },
      '$.wait',
      true,
      { 'ref.$': '$.Payload.ref' },
    );
    const wait = new tasks.CallAwsService(this, `Await${name}`, {
      service: 'dynamodb',
      action: 'putItem',
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      iamResources: [this.table.tableArn],
      iamAction: 'dynamodb:PutItem',
      // The item DynamoDbTaskRepository (functions/adapters/dynamodb) reads as a PendingTask; replacing it clears any earlier `usedAt`.
      parameters: {
        TableName: this.table.tableName,
        Item: {
          PK: { S: sfn.JsonPath.format('CASE#{}', sfn.JsonPath.stringAt('$.caseId')) },
          SK: { S: `TASK#${kind}` },
          entity: { S: 'task' },
          caseId: { S: sfn.JsonPath.stringAt('$.caseId') },
          kind: { S: kind },
          ref: { S: sfn.JsonPath.stringAt('$.wait.ref') },
          taskToken: { S: sfn.JsonPath.taskToken },
        },
      },
      resultPath,
      taskTimeout: sfn.Timeout.at(timeoutPath),
    });
    prepare.next(wait);
    return { prepare, wait };
  }
}
