import { ProjectedEvent } from '../events/projected-event';
import { FeedAudience, feedAudiences } from './feed-audiences';

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

/** The same item for every audience in the event's scope. */
export function feedItems(event: ProjectedEvent, summary: string): FeedItem[] {
  return feedAudiences(event.scope).map((audience) => ({
    audience,
    position: event.globalPosition,
    eventId: event.id,
    type: event.type,
    streamId: event.streamId,
    summary,
    data: event.data,
    occurredAt: event.occurredAt ?? null,
    recordedAt: event.recordedAt ?? null,
  }));
}
