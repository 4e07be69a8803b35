import { ExpectedRevision, NewEvent } from '../port';
import { maxEventsPerAppend } from './append-events';

/** Rejects what would otherwise fail inside the database with a less helpful message. */
export function checkBatch(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (streamId.length === 0) throw new TypeError('A stream id must not be empty');
  if (events.length === 0 || events.length > maxEventsPerAppend) {
    throw new RangeError(`An append takes 1 to ${maxEventsPerAppend} events, not ${events.length}`);
  }
  if (typeof expected === 'bigint' && expected < 0n) {
    throw new RangeError(`An expected revision is 'no_stream', 'any' or at least 0n, not ${expected}`);
  }
  const ids = new Set(events.map((event) => event.id.toLowerCase()));
  if (ids.size !== events.length) throw new TypeError(`The events appended to ${streamId} repeat an id`);
}
