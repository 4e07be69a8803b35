import { Inject, Injectable } from '@nestjs/common';
import { GENESIS_HASH, upcastRecorded } from '@hstf/contracts';
import { Command, Event } from '@hstf/domain';
import { EVENT_STORE, EventStore, RecordedEvent, StreamNotFound } from '@hstf/event-store';
import { AggregateDefinition } from './aggregates';

export interface LoadedStream<S> {
  readonly streamId: string;
  /** Events lifted to their current schema version, in stream order. */
  readonly events: readonly RecordedEvent[];
  readonly state: S;
  readonly revision: bigint | 'no_stream';
  /** Hash of the last event: the `prevHash` of the next one. */
  readonly lastHash: string;
}

/** Reads a stream, upcasts each event through the registry and folds it with the aggregate's decider. */
@Injectable()
export class StreamLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    id: string,
  ): Promise<LoadedStream<S>> {
    const streamId = aggregate.streamId(id);
    const recorded = await this.readOrEmpty(streamId);
    const events = recorded.map(upcastRecorded);
    const state = events.reduce(
      (current, event) => aggregate.decider.evolve(current, { type: event.type, data: event.data } as E),
      aggregate.decider.initialState,
    );
    const last = events.at(-1);
    return {
      streamId,
      events,
      state,
      revision: last ? last.streamPosition : 'no_stream',
      lastHash: last ? String(last.metadata.hash) : GENESIS_HASH,
    };
  }

  private async readOrEmpty(streamId: string): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(streamId);
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }
}
