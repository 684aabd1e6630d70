// The workflow port on Step Functions: starting a case's execution and
// answering the task tokens people complete.
import {
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  DescribeExecutionCommand,
  type SFNClient,
} from '@aws-sdk/client-sfn';
import type { Workflow } from '../domain/ports';

export class StepFunctionsWorkflow implements Workflow {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  async start(executionName: string, input: unknown): Promise<{ executionArn: string; alreadyRunning: boolean }> {
    try {
      const res = await this.client.send(
        new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, name: executionName, input: JSON.stringify(input) }),
      );
      return { executionArn: res.executionArn!, alreadyRunning: false };
    } catch (e) {
      // Same name, other input or already finished: the case's one execution exists, which is what we wanted.
      if (e instanceof ExecutionAlreadyExists || (e as Error).name === 'ExecutionAlreadyExists') {
        const executionArn = this.executionArn(executionName);
        const described = await this.client.send(new DescribeExecutionCommand({ executionArn }));
        return { executionArn, alreadyRunning: described.status === 'RUNNING' };
      }
      throw e;
    }
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    await this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    await this.client.send(new SendTaskFailureCommand({ taskToken, error, cause }));
  }

  async status(executionName: string): Promise<string | undefined> {
    try {
      return (await this.client.send(new DescribeExecutionCommand({ executionArn: this.executionArn(executionName) }))).status;
    } catch (e) {
      if (e instanceof ExecutionDoesNotExist || (e as Error).name === 'ExecutionDoesNotExist') return undefined;
      throw e;
    }
  }

  private executionArn(executionName: string): string {
    return `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
  }
}
