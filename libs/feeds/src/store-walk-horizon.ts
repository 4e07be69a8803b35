import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore } from '@hstf/event-store';
import { FeedHorizon } from './feed-horizon';
import { FeedItemReader } from './feed-item-reader';

const PAGE = 1000;
// What the relay publishes, and so what the feed projection sees: the domain's streams only.
const RELAYED = { streamPrefixes: DOMAIN_STREAM_PREFIXES };
const PAGES_PER_ADVANCE = 20;

/**
 * Assumed bound on how far apart in position events are applied out of order: at start the walk begins
 * this many command-center items before the newest one, taking everything before that as applied.
 */
export const RESTART_LOOKBACK_ITEMS = 10_000;

/**
 * For a projector that consumes Kafka partitions concurrently (the distributed profile): there, the feed
 * projection applies events out of global order, and its checkpoint (the highest position applied) says
 * nothing of the positions below it. The horizon walks the store's global order instead, over the events
 * the relay publishes, and stops at the first one the projection has not applied yet.
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
      const events = await this.store.readAll({ after: this.horizon, maxCount: PAGE, filter: RELAYED });
      if (events.length === 0) break;
      const applied = await this.reader.applied(events.map((event) => event.globalPosition));
      for (const event of events) {
        if (!applied.has(event.globalPosition)) return this.horizon;
        this.horizon = event.globalPosition;
      }
      if (events.length < PAGE) break;
    }
    return this.horizon;
  }
}
