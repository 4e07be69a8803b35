import type { Decider, Event } from '@hstf/domain';
import type { EventDraft } from '../hashing/chain-events';
import { eventId } from '../ids/event-id';
import type { EventTypeRegistry } from '../registry/event-type-registry';
import { InvalidEventDataError } from '../registry/registry-errors';
import { scopesAfterEach } from '../scope/scope-after';
import type { EventMetadata } from './event-envelope';

export interface Decided<E extends Event, S> {
  readonly registry: EventTypeRegistry<E>;
  readonly decider: Pick<Decider<never, E, S>, 'evolve' | 'scope'>;
  /** The aggregate's state the command was decided on. */
  readonly stateBefore: S;
  readonly streamId: string;
  readonly events: readonly E[];
  readonly metadata: Pick<
    EventMetadata,
    'actor' | 'commandId' | 'correlationId' | 'causationId' | 'occurredAt' | 'requestHash' | 'clientRequestId'
  >;
}

/**
 * Turns what a decider decided into drafts for `chainEvents`: deterministic ids, the current schema version,
 * and each event's scope from the state right after it. Data is validated first, and a failure throws: the
 * API refused bad input already, so invalid data here is a decider bug and must not reach the store.
 */
export function envelopeDecision<E extends Event, S>(
  decided: Decided<E, S>,
): EventDraft<E['type'], E['data']>[] {
  const { registry, decider, stateBefore, streamId, events, metadata } = decided;
  const scopes = scopesAfterEach(decider, stateBefore, events);
  return events.map((event, index) => {
    const schemaVersion = registry.currentVersion(event.type);
    const validation = registry.validate(event.type, schemaVersion, event.data);
    if (!validation.ok) throw new InvalidEventDataError(event.type, schemaVersion, validation.errors);
    return {
      id: eventId(metadata.commandId, index),
      type: event.type,
      schemaVersion,
      streamId,
      data: event.data,
      metadata: { ...metadata, scope: scopes[index] },
    };
  });
}
