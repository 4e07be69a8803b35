import type { EventStore } from '@hstf/event-store';
import { syntheticLog, SyntheticLogOptions } from '../../../bench/audit/synthetic-log';

/** Appends a synthetic log wave by wave, each wave's streams concurrently; returns the events appended. */
export async function appendSynthetic(store: EventStore, options: SyntheticLogOptions): Promise<number> {
  let appended = 0;
  for (const wave of syntheticLog(options)) {
    await Promise.all(wave.map((append) => store.append(append.streamId, append.events, append.expected)));
    appended += wave.reduce((sum, append) => sum + append.events.length, 0);
  }
  return appended;
}
