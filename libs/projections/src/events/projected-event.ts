import type { ActorRef, HstfEvent } from '@hstf/contracts';
import { eventRegistry } from '@hstf/contracts';
import type { Scope } from '@hstf/domain';

/**
 * An event as projections see it, whichever way it came (the store's subscription, Kafka, the in-process
 * fan-out): positions as bigints, data lifted to the current schema version when the type is known.
 */
export interface ProjectedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamPosition: bigint;
  readonly globalPosition: bigint;
  readonly data: unknown;
  readonly scope: Scope;
  readonly actor?: ActorRef;
  readonly occurredAt?: string;
  readonly recordedAt?: string;
}

const knownTypes = new Set(eventRegistry.types());

/**
 * The data at the current schema version. A type this build does not know (a newer aggregate) keeps its
 * data as written: projections skip it and the feed shows it plainly. A known type at a version this
 * build cannot read is an error, since guessing its shape would write wrong rows.
 */
export function upcastData(type: string, schemaVersion: number, data: unknown): unknown {
  if (!knownTypes.has(type)) return data;
  return eventRegistry.upcast(type as HstfEvent['type'], schemaVersion, data).data;
}

/** The domain event this envelope carries, or undefined for a type this build does not project. */
export function domainEventOf(event: ProjectedEvent): HstfEvent | undefined {
  return knownTypes.has(event.type) ? ({ type: event.type, data: event.data } as HstfEvent) : undefined;
}
