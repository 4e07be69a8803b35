import type { HstfEvent } from '@hstf/contracts';
import { mayReadAllOf, readableEvent, ReadableEvent, Reader } from '@hstf/domain';
import { ProjectedEvent } from '../events/projected-event';
import { FeedAudience, feedAudiences, readerOfAudience, WITNESS_AUDIENCES } from './feed-audiences';

/** One event as one audience's feed shows it; the global position is its id for resuming (Last-Event-ID). */
export interface FeedItem {
  readonly audience: FeedAudience;
  readonly position: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly summary: string;
  readonly data: unknown;
  readonly occurredAt: string | null;
  readonly recordedAt: string | null;
}

/**
 * The event for every audience in its scope, each as that audience may read it: the data and the
 * sentence leave out another agency's words (the domain's `readableEvent`). The sentence is written for
 * each audience's reader, since it may name other aggregates (a directive's successor) that only some
 * audiences may read. An event of a type this build does not know has no `event`: its sentence names
 * only its type and stream.
 */
export function feedItems(
  envelope: ProjectedEvent,
  event: HstfEvent | undefined,
  summarize: (event: ReadableEvent<HstfEvent>, reader: Reader) => string,
): FeedItem[] {
  const asWritten = event ?? ({ type: envelope.type, data: envelope.data } as HstfEvent);
  // At most two versions of an event: as written, and without the words.
  let withheld: ReadableEvent<HstfEvent> | undefined;
  return feedAudiences(envelope.scope).map((audience) => {
    const reader = readerOfAudience(audience);
    let readable: ReadableEvent<HstfEvent> = asWritten;
    let data: unknown = asWritten.data;
    // A type this build does not know: no rule here says which of its fields are an agency's words, so
    // only the command center is shown its data.
    if (event === undefined && !WITNESS_AUDIENCES.includes(audience)) data = null;
    else if (event !== undefined && !mayReadAllOf(reader, event)) {
      withheld ??= readableEvent(reader, event);
      readable = withheld;
      data = withheld.data;
    }
    const shown = { data, summary: summarize(readable, reader) };
    return {
      audience,
      position: envelope.globalPosition,
      eventId: envelope.id,
      type: envelope.type,
      streamId: envelope.streamId,
      summary: shown.summary,
      data: shown.data,
      occurredAt: envelope.occurredAt ?? null,
      recordedAt: envelope.recordedAt ?? null,
    };
  });
}
