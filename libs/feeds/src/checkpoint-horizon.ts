import { fromReadModel, ReadModelQueries } from '@hstf/projections';
import { FeedHorizon } from './feed-horizon';

/**
 * The feed projection's checkpoint, for a projection that applies events in global order (the embedded
 * profile: one subscription to the store): its checkpoint moves in the same transaction as its rows, so
 * everything at or before it is there.
 */
export class CheckpointHorizon implements FeedHorizon {
  private horizon = -1n;

  constructor(private readonly queries: Pick<ReadModelQueries, 'position'>) {}

  start(): Promise<bigint> {
    return this.advance();
  }

  async advance(): Promise<bigint> {
    const checkpoint = await fromReadModel('feed', () => this.queries.position('feed'));
    if (checkpoint > this.horizon) this.horizon = checkpoint;
    return this.horizon;
  }
}
