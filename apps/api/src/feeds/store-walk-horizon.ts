import { isAuditStreamId } from '@hstf/contracts';
import type { EventStore } from '@hstf/event-store';
import { FeedHorizon } from './feed-horizon';
import { FeedItemReader } from './feed-item-reader';

const PAGE = 1000;
const PAGES_PER_ADVANCE = 20;

/**
 * Assumed bound on how far apart in position events are applied out of order: at start the walk begins
 * this many command-center items before the newest one, taking everything before that as applied.
 */
export const RESTART_LOOKBACK_ITEMS = 10_000;

/**
 * For a projector that consumes Kafka partitions concurrently (the distributed profile): there, the feed
 * projection applies events out of global order, and its checkpoint (the highest position applied) says
 * nothing of the positions below it. The horizon walks the store's global order instead and stops at the
 * first event the projection has not applied yet. The audit's own records make no feed items and are
 * stepped over.
 */
export class StoreWalkHorizon implements FeedHorizon {
  private horizon = -1n;

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly reader: Pick<FeedItemReader, 'applied' | 'positionBack'>,
    private readonly lookback = RESTART_LOOKBACK_ITEMS,
  ) {}

  async start(): Promise<bigint> {
    this.horizon = await this.reader.positionBack(this.lookback);
    return this.horizon;
  }

  async advance(): Promise<bigint> {
    for (let page = 0; page < PAGES_PER_ADVANCE; page++) {
      const events = await this.store.readAll({ after: this.horizon, maxCount: PAGE });
      if (events.length === 0) break;
      const expected = events.filter((e) => !isAuditStreamId(e.streamId)).map((e) => e.globalPosition);
      const applied = await this.reader.applied(expected);
      for (const event of events) {
        if (!isAuditStreamId(event.streamId) && !applied.has(event.globalPosition)) return this.horizon;
        this.horizon = event.globalPosition;
      }
      if (events.length < PAGE) break;
    }
    return this.horizon;
  }
}
