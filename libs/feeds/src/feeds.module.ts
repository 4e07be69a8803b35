import { Module } from '@nestjs/common';
import { EVENT_STORE, EventStore, STORE_SETTINGS, StoreSettings } from '@hstf/event-store';
import { READ_MODELS, ReadModelQueries } from '@hstf/projections';
import { CheckpointHorizon } from './checkpoint-horizon';
import { FEED_HORIZON, FeedHorizon } from './feed-horizon';
import { FeedHub } from './feed-hub';
import { FeedItemReader } from './feed-item-reader';
import { FeedMetrics } from './feed-metrics';
import { FeedStreams } from './feed-streams';
import { FEEDS_CONFIG, loadFeedsConfig } from './feeds-config';
import { StoreWalkHorizon } from './store-walk-horizon';

/**
 * The live feeds: which items may be delivered (the horizon), the hub that polls the feed read model once
 * for every client, and the SSE streams. It needs STORE_SETTINGS, EVENT_STORE, SQL_DATABASE, READ_MODELS
 * and METRICS_REGISTRY from the app. The embedded profile's projector applies events in global order, so
 * its checkpoint is the horizon; elsewhere Kafka partitions are applied concurrently and the horizon
 * walks the store.
 */
@Module({
  providers: [
    { provide: FEEDS_CONFIG, useFactory: () => loadFeedsConfig() },
    {
      provide: FEED_HORIZON,
      inject: [STORE_SETTINGS, READ_MODELS, EVENT_STORE, FeedItemReader],
      useFactory: (
        settings: StoreSettings,
        queries: ReadModelQueries,
        store: EventStore,
        reader: FeedItemReader,
      ): FeedHorizon =>
        settings.HSTF_EVENT_STORE === 'pglite'
          ? new CheckpointHorizon(queries)
          : new StoreWalkHorizon(store, reader),
    },
    FeedItemReader,
    FeedMetrics,
    FeedHub,
    FeedStreams,
  ],
  exports: [FEEDS_CONFIG, FeedHub, FeedStreams],
})
export class FeedsModule {}
