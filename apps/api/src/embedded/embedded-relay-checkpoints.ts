import type { CheckpointStore } from '@hstf/messaging';
import { ALL_PROJECTIONS, ReadModelQueries } from '@hstf/projections';

/**
 * The embedded relay's checkpoint. The in-process transport keeps nothing across a restart, so the relay
 * must start again from what the slowest in-process consumer has applied, not from what it once
 * published: it resumes after the lowest projection position, and the projections drop what they had.
 */
export class EmbeddedRelayCheckpoints implements CheckpointStore {
  constructor(private readonly readModels: ReadModelQueries) {}

  async load(): Promise<bigint | undefined> {
    const positions = await Promise.all(
      ALL_PROJECTIONS.map((projection) => this.readModels.position(projection.name).catch(() => -1n)),
    );
    const lowest = positions.reduce((min, p) => (p < min ? p : min));
    return lowest < 0n ? undefined : lowest;
  }

  async save(): Promise<void> {
    // Nothing to keep: the projections' own checkpoints are the durable truth in this profile.
  }
}
