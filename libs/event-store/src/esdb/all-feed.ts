import type { AllStreamResolvedEvent, AllStreamSubscription, Position } from '@eventstore/db-client';
import type { AllFilter, RecordedEvent } from '../port';
import { matchesResidual, serverFilter } from './all-filter';
import type { EsdbClient } from './esdb-client';
import { toRecordedEvent } from './event-mapping';
import { eventPosition, type AllCursor } from './global-position';

/**
 * What a filtered $all subscription tells us, in the order the server sent it: our events, and
 * positions known to be passed (server checkpoints, and events the residual filter rejected).
 */
export type FeedItem =
  | { readonly kind: 'event'; readonly event: RecordedEvent; readonly position: Position }
  | { readonly kind: 'checkpoint'; readonly position: Position }
  | { readonly kind: 'caughtUp' };

/**
 * The client reports checkpoints through a callback and catching up through an emitted event, both
 * while it processes the server's message. Pushing a marker into the subscription's own output at that
 * moment keeps it behind every event already queued, so a consumer never moves its checkpoint past
 * an event it has not been given yet.
 */
class Marker {
  constructor(readonly position?: Position) {}
}

export interface Feed {
  readonly items: AsyncIterable<FeedItem>;
  close(): Promise<void>;
}

/** Subscribes from the cursor's exact position and drops whatever the cursor has already passed. */
export function openFeed(client: EsdbClient, cursor: AllCursor, filter: AllFilter | undefined): Feed {
  const checkpointReached = (subscription: AllStreamSubscription, position: Position) => {
    subscription.push(new Marker(position));
  };
  const subscription = client.subscribeToAll({
    fromPosition: cursor.resumeFrom,
    filter: serverFilter(filter, { checkpointReached }),
  });
  subscription.on('caughtUp', () => subscription.push(new Marker()));
  let closed = false;

  async function* items(): AsyncGenerator<FeedItem> {
    try {
      for await (const item of subscription as AsyncIterable<AllStreamResolvedEvent | Marker>) {
        if (item instanceof Marker) {
          yield item.position ? { kind: 'checkpoint', position: item.position } : { kind: 'caughtUp' };
          continue;
        }
        const event = toRecordedEvent(item);
        if (event === undefined || (cursor.passed !== undefined && event.globalPosition <= cursor.passed))
          continue;
        const position = eventPosition(event.globalPosition);
        yield matchesResidual(filter, event)
          ? { kind: 'event', event, position }
          : { kind: 'checkpoint', position };
      }
    } catch (error) {
      // Destroying the stream on close ends a pending read with "premature close": not a failure.
      if (!closed) throw error;
    }
  }

  return {
    items: items(),
    async close() {
      if (closed) return;
      closed = true;
      await subscription.unsubscribe();
      subscription.destroy();
    },
  };
}
