import { eventTypeFilter, excludeSystemEvents, streamNameFilter, type Filter } from '@eventstore/db-client';
import type { AllFilter } from '../port';

type Checkpointed = Pick<Filter, 'checkpointReached'>;

/** Event types beginning with `$` are EventStoreDB's own (stream metadata, links, stats): never ours. */
export function isSystemEventType(type: string): boolean {
  return type.startsWith('$');
}

const nonEmpty = (prefixes: readonly string[] | undefined): prefixes is readonly string[] =>
  prefixes !== undefined && prefixes.length > 0;

/**
 * ESDB filters $all on one dimension only (event type or stream name). The type prefixes go to the
 * server when present, as they are what projections subscribe by; a stream prefix given together
 * with them is checked here by `matchesResidual`. Without a filter the server drops system events.
 */
export function serverFilter(filter: AllFilter | undefined, hooks: Checkpointed = {}): Filter {
  if (nonEmpty(filter?.eventTypePrefixes)) {
    return eventTypeFilter({ prefixes: [...filter.eventTypePrefixes], ...hooks });
  }
  if (nonEmpty(filter?.streamPrefixes)) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes], ...hooks });
  }
  return excludeSystemEvents(hooks);
}

/** What the server filter could not express: the second dimension, and system events in user streams. */
export function matchesResidual(
  filter: AllFilter | undefined,
  event: { type: string; streamId: string },
): boolean {
  if (isSystemEventType(event.type)) return false;
  const streams = filter?.streamPrefixes;
  if (nonEmpty(filter?.eventTypePrefixes) && nonEmpty(streams)) {
    return streams.some((prefix) => event.streamId.startsWith(prefix));
  }
  return true;
}
