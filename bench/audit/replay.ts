import { performance } from 'node:perf_hooks';
import {
  BOARD_AGGREGATES,
  BOARD_STREAM_PREFIXES,
  BoardKind,
  boardKindOf,
  domainEventOf,
  logPages,
} from '@hstf/audit';
import type { EventStore, RecordedEvent } from '@hstf/event-store';

export interface Throughput {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

const rate = (events: number, started: number): Throughput => {
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, eventsPerSecond: events / seconds };
};

/** Folds one event into the state of its aggregate, as a rebuild does: upcast, then the decider's evolve. */
function foldInto(states: Map<string, unknown>, event: RecordedEvent): void {
  const { decider } = BOARD_AGGREGATES[boardKindOf(event.streamId) as BoardKind];
  states.set(
    event.streamId,
    decider.evolve(states.get(event.streamId) ?? decider.initialState, domainEventOf(event)),
  );
}

/** The whole log read from the store page by page and every event folded into its aggregate. */
export async function replayFromStore(store: EventStore, pageSize: number): Promise<Throughput> {
  const started = performance.now();
  const states = new Map<string, unknown>();
  let events = 0;
  for await (const page of logPages(store, { filter: { streamPrefixes: BOARD_STREAM_PREFIXES }, pageSize })) {
    for (const event of page) foldInto(states, event);
    events += page.length;
  }
  return rate(events, started);
}

/** The fold alone, over events already in memory: what the deciders cost without the store. */
export function replayInMemory(events: readonly RecordedEvent[]): Throughput {
  const started = performance.now();
  const states = new Map<string, unknown>();
  for (const event of events) foldInto(states, event);
  return rate(events.length, started);
}

export async function readWholeLog(store: EventStore, pageSize: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const page of logPages(store, { filter: { streamPrefixes: BOARD_STREAM_PREFIXES }, pageSize })) {
    events.push(...page);
  }
  return events;
}
