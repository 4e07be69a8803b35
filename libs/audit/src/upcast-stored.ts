import type { RecordedStoredEvent } from '@hstf/contracts';
import { eventRegistry, HstfEvent } from '@hstf/contracts';

/** A stored domain event as its aggregate folds it: type and data lifted to the current schema version. */
export function domainEventOf(event: RecordedStoredEvent): HstfEvent {
  const version = Number(event.metadata.schemaVersion ?? 1);
  const type = event.type as HstfEvent['type'];
  return { type, data: eventRegistry.upcast(type, version, event.data).data } as HstfEvent;
}

/** The states an event was scoped to when it was recorded. */
export function scopeStatesOf(event: RecordedStoredEvent): readonly string[] {
  const states = (event.metadata.scope as { states?: unknown } | undefined)?.states;
  return Array.isArray(states) ? (states as string[]) : [];
}
