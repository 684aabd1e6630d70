// The composition root: AWS SDK clients and adapters built once per container,
// lazily, from the environment CDK sets. Local mode sets the same variables
// (plus the SDK's standard AWS_ENDPOINT_URL_* ones), so there is no local
// branch here or anywhere in functions/.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { CaseTable } from '../../adapters/dynamodb/case-table';
import { dynamoDbRepositories } from '../../adapters/dynamodb/repositories';
import { EventBridgePublisher } from '../../adapters/eventbridge-publisher';
import { HttpLedger, LambdaLedger, noLedger } from '../../adapters/ledger-adapters';
import { HttpPayouts, LambdaPayouts } from '../../adapters/payout-adapters';
import { SesMailer } from '../../adapters/ses-mailer';
import { StepFunctionsWorkflow } from '../../adapters/step-functions-workflow';
import { parseConfig, type RedressConfig } from '../../domain/config';
import type {
  CaseRepository,
  CompensationRepository,
  CounterRepository,
  EventPublisher,
  IncidentRepository,
  Ledger,
  Mailer,
  MessageRepository,
  Payouts,
  ReplyRepository,
  Repositories,
  TaskRepository,
  ViewRepository,
  Workflow,
} from '../../domain/ports';
import { systemClock } from '../../domain/ports';
import type { StaffDeps } from '../../domain/staff/staff-use-cases';
import type { StepDeps } from '../../domain/use-cases/step-deps';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export const config: () => RedressConfig = once(() => {
  const parsed = parseConfig(process.env.REDRESS_CONFIG);
  // The API's URL is only known at deploy time, so CDK passes it apart from the JSON config.
  return process.env.PUBLIC_BASE_URL ? { ...parsed, publicBaseUrl: process.env.PUBLIC_BASE_URL } : parsed;
});
/** The form's public URL: links on pages must survive API Gateway's stage prefix. */
export const homeUrl = () => `${config().publicBaseUrl.replace(/\/$/, '')}/`;

/** Every repository of the case table, over one client (adapters/dynamodb). */
export const repositories: () => Repositories = once(() => dynamoDbRepositories(new CaseTable(new DynamoDBClient({}), required('TABLE_NAME'))));
export const cases = (): CaseRepository => repositories().cases;
export const compensation = (): CompensationRepository => repositories().compensation;
export const tasks = (): TaskRepository => repositories().tasks;
export const replies = (): ReplyRepository => repositories().replies;
export const views = (): ViewRepository => repositories().views;
export const counters = (): CounterRepository => repositories().counters;
export const incidents = (): IncidentRepository => repositories().incidents;
export const messages = (): MessageRepository => repositories().messages;
export const mailer: () => Mailer = once(() => new SesMailer(new SESv2Client({}), required('SENDER_EMAIL'), process.env.SES_CONFIGURATION_SET || undefined));
export const events: () => EventPublisher = once(() => new EventBridgePublisher(new EventBridgeClient({}), required('EVENT_BUS_NAME')));
export const workflow: () => Workflow = once(() => new StepFunctionsWorkflow(new SFNClient({}), required('STATE_MACHINE_ARN')));
export const bedrock = once(() => new BedrockRuntimeClient({ region: process.env.BEDROCK_REGION || undefined }));
export const ledger: () => Ledger = once(() => {
  const mode = process.env.LEDGER_MODE ?? 'none';
  if (mode === 'http') return new HttpLedger(required('LEDGER_TARGET'));
  if (mode === 'lambda') return new LambdaLedger(new LambdaClient({}), required('LEDGER_TARGET'));
  return noLedger;
});

/** The operator's payout service; undefined when they pay by hand (config `payout: none`). */
export const payouts: () => Payouts | undefined = once(() => {
  const mode = process.env.PAYOUT_MODE ?? 'none';
  if (mode === 'http') return new HttpPayouts(required('PAYOUT_TARGET'));
  if (mode === 'lambda') return new LambdaPayouts(new LambdaClient({}), required('PAYOUT_TARGET'));
  return undefined;
});

// Adapters are built on first use, so a step that never mails needs no sender configured.
const lazyMailer: Mailer = { send: (mail) => mailer().send(mail) };
const lazyEvents: EventPublisher = { publish: (event) => events().publish(event) };

/** Every port a workflow step may use. */
export const stepDeps = (): StepDeps => ({ ...repositories(), mailer: lazyMailer, events: lazyEvents, clock: systemClock, config: config() });
/** Every port a staff use case may use, and the config. */
export const staffDeps = (): StaffDeps & { readonly config: RedressConfig } => ({
  ...repositories(),
  workflow: workflow(),
  events: events(),
  mailer: mailer(),
  clock: systemClock,
  config: config(),
});
