// Errors the local Step Functions API answers with. Each carries the AWS error
// code, so @aws-sdk/client-sfn raises the same exception class as against AWS.
export type StepFunctionsErrorCode =
  | 'ExecutionAlreadyExists'
  | 'ExecutionDoesNotExist'
  | 'InvalidArn'
  | 'InvalidDefinition'
  | 'InvalidExecutionInput'
  | 'InvalidName'
  | 'InvalidOutput'
  | 'InvalidToken'
  | 'SerializationException'
  | 'StateMachineDoesNotExist'
  | 'TaskDoesNotExist'
  | 'TaskTimedOut'
  | 'UnknownOperationException'
  | 'ValidationException';

export class StepFunctionsApiError extends Error {
  constructor(
    readonly code: StepFunctionsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

/** Thrown by startStepFunctionsServer when a definition would not run faithfully here. */
export class InvalidDefinitionError extends StepFunctionsApiError {
  constructor(stateMachineName: string, detail: string) {
    super('InvalidDefinition', `State machine '${stateMachineName}': ${detail}`);
  }
}
