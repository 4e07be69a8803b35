import { performance } from 'node:perf_hooks';
import type { EventStore } from '@hstf/event-store';
import { syntheticLog } from './synthetic-log';

export interface Loaded {
  readonly events: number;
  readonly seconds: number;
}

/** Appends the synthetic log, each wave's streams concurrently, reporting progress on stderr. */
export async function loadLog(store: EventStore, events: number, states: readonly string[]): Promise<Loaded> {
  const started = performance.now();
  let appended = 0;
  let reported = 0;
  for (const wave of syntheticLog({ states, events, concurrentAggregates: 512, waveSize: 32 })) {
    await Promise.all(wave.map((append) => store.append(append.streamId, append.events, append.expected)));
    appended += wave.reduce((sum, append) => sum + append.events.length, 0);
    if (appended - reported >= 100_000) {
      reported = appended;
      console.error(`  loaded ${appended.toLocaleString('en-US')} events`);
    }
  }
  return { events: appended, seconds: (performance.now() - started) / 1000 };
}
