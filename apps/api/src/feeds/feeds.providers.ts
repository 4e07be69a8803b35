import { Provider } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { READ_MODELS, ReadModelQueries } from '@hstf/projections';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CheckpointHorizon } from './checkpoint-horizon';
import { FEED_HORIZON, FeedHorizon } from './feed-horizon';
import { FeedHub } from './feed-hub';
import { FeedItemReader } from './feed-item-reader';
import { FeedMetrics } from './feed-metrics';
import { FeedStreams } from './feed-streams';
import { FeedsController } from './feeds.controller';
import { FEEDS_CONFIG, loadFeedsConfig } from './feeds-config';
import { StoreWalkHorizon } from './store-walk-horizon';

export const FEEDS_CONTROLLERS = [FeedsController];

/**
 * The feeds' providers, registered in the app module beside the others (they need its config, store,
 * read models and metrics). The embedded profile's projector applies events in global order, so its
 * checkpoint is the horizon; elsewhere Kafka partitions are applied concurrently and the horizon walks
 * the store.
 */
export const FEEDS_PROVIDERS: Provider[] = [
  { provide: FEEDS_CONFIG, useFactory: () => loadFeedsConfig() },
  {
    provide: FEED_HORIZON,
    inject: [APP_CONFIG, READ_MODELS, EVENT_STORE, FeedItemReader],
    useFactory: (
      config: AppConfig,
      queries: ReadModelQueries,
      store: EventStore,
      reader: FeedItemReader,
    ): FeedHorizon =>
      config.HSTF_EVENT_STORE === 'pglite'
        ? new CheckpointHorizon(queries)
        : new StoreWalkHorizon(store, reader),
  },
  FeedItemReader,
  FeedMetrics,
  FeedHub,
  FeedStreams,
];
