// Every repository of the case table on DynamoDB, built over one shared client: what the
// composition root and the contract suite use.
import type { Repositories } from '../../domain/ports';
import type { CaseTable } from './case-table';
import { DynamoDbCaseRepository } from './case-repository';
import { DynamoDbCompensationRepository } from './compensation-repository';
import { DynamoDbCounterRepository } from './counter-repository';
import { DynamoDbIncidentRepository } from './incident-repository';
import { DynamoDbMessageRepository } from './message-repository';
import { DynamoDbReplyRepository } from './reply-repository';
import { DynamoDbTaskRepository } from './task-repository';
import { DynamoDbViewRepository } from './view-repository';

export function dynamoDbRepositories(table: CaseTable): Repositories {
  return {
    cases: new DynamoDbCaseRepository(table),
    compensation: new DynamoDbCompensationRepository(table),
    tasks: new DynamoDbTaskRepository(table),
    replies: new DynamoDbReplyRepository(table),
    views: new DynamoDbViewRepository(table),
    counters: new DynamoDbCounterRepository(table),
    incidents: new DynamoDbIncidentRepository(table),
    messages: new DynamoDbMessageRepository(table),
  };
}
