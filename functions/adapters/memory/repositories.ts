// Every repository of the case table in memory, on one clock: what use case tests spread into
// their deps, keeping the concrete types so a test can look inside.
import type { Clock, Repositories } from '../../domain/ports';
import { systemClock } from '../../domain/ports';
import { InMemoryCaseRepository } from './case-repository';
import { InMemoryCompensationRepository } from './compensation-repository';
import { InMemoryCounterRepository } from './counter-repository';
import { InMemoryIncidentRepository } from './incident-repository';
import { InMemoryMessageRepository } from './message-repository';
import { InMemoryReplyRepository } from './reply-repository';
import { InMemoryTaskRepository } from './task-repository';
import { InMemoryViewRepository } from './view-repository';

export interface InMemoryRepositories extends Repositories {
  readonly cases: InMemoryCaseRepository;
  readonly compensation: InMemoryCompensationRepository;
  readonly tasks: InMemoryTaskRepository;
  readonly replies: InMemoryReplyRepository;
  readonly views: InMemoryViewRepository;
  readonly counters: InMemoryCounterRepository;
  readonly incidents: InMemoryIncidentRepository;
  readonly messages: InMemoryMessageRepository;
}

export function inMemoryRepositories(clock: Clock = systemClock): InMemoryRepositories {
  return {
    cases: new InMemoryCaseRepository(clock),
    compensation: new InMemoryCompensationRepository(),
    tasks: new InMemoryTaskRepository(clock),
    replies: new InMemoryReplyRepository(),
    views: new InMemoryViewRepository(),
    counters: new InMemoryCounterRepository(),
    incidents: new InMemoryIncidentRepository(),
    messages: new InMemoryMessageRepository(clock),
  };
}
