import { eventRegistry, HstfEvent } from '../events/event-registry';

/** What upcasting reads of a recorded event (the store's RecordedEvent has it): its type, data and version. */
interface Upcastable {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly schemaVersion?: unknown };
}

/** A recorded domain event with its data lifted to the current schema version of its type. */
export function upcastRecorded<R extends Upcastable>(event: R): R {
  const version = Number(event.metadata.schemaVersion ?? 1);
  const lifted = eventRegistry.upcast(event.type as HstfEvent['type'], version, event.data);
  return lifted.version === version ? event : { ...event, data: lifted.data };
}
