// Stateful resources: the customer-managed key, the case table and the event
// bus. They live apart from functions and the state machine so those can be
// replaced freely without touching a single case.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { DEFAULTS } from '../constructs/secure-defaults';

export class RedressDataStack extends Stack {
  readonly key: kms.Key;
  readonly table: dynamodb.Table;
  readonly bus: events.EventBus;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.key = new kms.Key(this, 'CaseKey', {
      description: 'Redress: encrypts complaint cases at rest',
      enableKeyRotation: true,
      removalPolicy: DEFAULTS.statefulRemovalPolicy,
    });
    // Table (not TableV2): a customer-managed key on TableV2 needs a region-bound stack, and we keep synth account-free.
    this.table = new dynamodb.Table(this, 'Cases', {
      partitionKey: { name: 'PK', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'SK', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: DEFAULTS.statefulRemovalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: 'GSI1',
      partitionKey: { name: 'GSI1PK', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'GSI1SK', type: dynamodb.AttributeType.STRING },
    });
    this.bus = new events.EventBus(this, 'CaseEvents', { description: 'Redress case lifecycle events (ids and codes only)' });
  }
}
