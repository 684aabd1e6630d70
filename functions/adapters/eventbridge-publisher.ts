// Lifecycle events onto the custom bus. Validated by the catalog before they
// get here, so only ids and codes leave.
import { PutEventsCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type LifecycleEvent } from '../../events/catalog';
import { TransientError } from '../domain/errors';
import type { EventPublisher } from '../domain/ports';

export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  async publish(event: LifecycleEvent): Promise<void> {
    const res = await this.client.send(
      new PutEventsCommand({ Entries: [{ EventBusName: this.busName, Source: EVENT_SOURCE, DetailType: event.name, Detail: JSON.stringify(event.detail) }] }),
    );
    if (res.FailedEntryCount) throw new TransientError(`PutEvents rejected ${event.name}: ${res.Entries?.[0]?.ErrorCode ?? 'unknown'}`);
  }
}
