import type { ExpectedRevision, NewEvent } from '../port';

/**
 * Refuses what the PostgreSQL adapter refuses, before the server sees it: EventStoreDB would accept an
 * empty append as a no-op and a batch repeating an id as two events, and adapters must not differ.
 */
export function checkAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (streamId.length === 0) throw new TypeError('A stream id must not be empty');
  if (events.length === 0) throw new RangeError('An append takes at least one event');
  if (typeof expected === 'bigint' && expected < 0n) {
    throw new RangeError(`An expected revision is 'no_stream', 'any' or at least 0n, not ${expected}`);
  }
  const ids = new Set(events.map((event) => event.id.toLowerCase()));
  if (ids.size !== events.length) throw new TypeError(`The events appended to ${streamId} repeat an id`);
}
