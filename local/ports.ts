// The ports local mode listens on, and the environment variables that move them. Its own module
// so that tools (the email redrive's --local) find the stand-ins without loading the stack.
export interface LocalPorts {
  web: number;
  dynamodb: number;
  stepFunctions: number;
  ses: number;
  events: number;
  ledger: number;
  /** S3 stand-in holding raw inbound mail. */
  s3: number;
  /** SMTP: mail customers send to the complaints address. */
  smtp: number;
  /** SQS stand-in: the email intake's failure queue. */
  sqs: number;
  /** Lambda Invoke API in front of the local functions (the redrive uses it). */
  lambda: number;
  /** The payout service fixture (payout-fixture.ts). */
  payout: number;
}

export const DEFAULT_PORTS: LocalPorts = {
  web: 3000,
  dynamodb: 8000,
  stepFunctions: 8083,
  ses: 8005,
  events: 8010,
  ledger: 8011,
  s3: 8012,
  smtp: 2525,
  sqs: 8013,
  lambda: 8014,
  payout: 8015,
};

export function portsFromEnv(env = process.env): LocalPorts {
  const n = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    web: n('REDRESS_WEB_PORT', DEFAULT_PORTS.web),
    dynamodb: n('REDRESS_DYNAMODB_PORT', DEFAULT_PORTS.dynamodb),
    stepFunctions: n('REDRESS_SFN_PORT', DEFAULT_PORTS.stepFunctions),
    ses: n('REDRESS_SES_PORT', DEFAULT_PORTS.ses),
    events: n('REDRESS_EVENTS_PORT', DEFAULT_PORTS.events),
    ledger: n('REDRESS_LEDGER_PORT', DEFAULT_PORTS.ledger),
    s3: n('REDRESS_S3_PORT', DEFAULT_PORTS.s3),
    smtp: n('REDRESS_SMTP_PORT', DEFAULT_PORTS.smtp),
    sqs: n('REDRESS_SQS_PORT', DEFAULT_PORTS.sqs),
    lambda: n('REDRESS_LAMBDA_PORT', DEFAULT_PORTS.lambda),
    payout: n('REDRESS_PAYOUT_PORT', DEFAULT_PORTS.payout),
  };
}
