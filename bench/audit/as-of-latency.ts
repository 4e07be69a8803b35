import { performance } from 'node:perf_hooks';
import { asOfTime, atPosition, BoardHistory, Cut, DEFAULT_CUT_SKEW_MS } from '@hstf/audit';
import type { EventStore, RecordedEvent } from '@hstf/event-store';
import { StreamHistory } from '../../apps/api/src/audit/stream-history';

export interface Latency {
  readonly count: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Events folded into the boards answered: how big the boards were. */
  readonly boardEventsMedian?: number;
  readonly eventsReadMedian?: number;
}

export interface BoardFigures {
  /** The first question of each board: the log read once, snapshots left behind. */
  readonly coldMs: Record<string, { ms: number; boardEvents: number; eventsRead: number }>;
  /** Heap the boards' snapshots hold once every board was asked once, in MiB (with --expose-gc). */
  readonly cacheHeapMiB: number;
  /** The largest board at the head of the log, asked again: from its snapshots. */
  readonly fullBoardWarm: { state: string; boardEvents: number; ms: number };
  /** The same board with no cache at all: a fold of the whole log from its first event. */
  readonly fullBoardUncached: { state: string; boardEvents: number; ms: number };
  readonly atPosition: Latency;
  readonly asOfTime: Latency;
  readonly streamState: Latency;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

const latency = (samples: readonly { ms: number; board?: number; read?: number }[]): Latency => ({
  count: samples.length,
  p50Ms: percentile(
    samples.map((s) => s.ms),
    50,
  ),
  p95Ms: percentile(
    samples.map((s) => s.ms),
    95,
  ),
  maxMs: Math.max(...samples.map((s) => s.ms)),
  ...(samples[0]?.board !== undefined
    ? {
        boardEventsMedian: percentile(
          samples.map((s) => s.board ?? 0),
          50,
        ),
      }
    : {}),
  ...(samples[0]?.read !== undefined
    ? {
        eventsReadMedian: percentile(
          samples.map((s) => s.read ?? 0),
          50,
        ),
      }
    : {}),
});

const config = (snapshotEvery: number, cachedStates: number) => ({
  checkpointIntervalMs: 0,
  keyFile: '/dev/null',
  cutSkewMs: DEFAULT_CUT_SKEW_MS,
  boardSnapshotEvery: snapshotEvery,
  boardCachedStates: cachedStates,
});

function heapUsed(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Boards and aggregate states as of cuts spread over the whole log, through the API's own services. */
export async function asOfFigures(
  store: EventStore,
  log: readonly RecordedEvent[],
  states: readonly string[],
  queries: number,
  snapshotEvery: number,
): Promise<BoardFigures> {
  const heapBefore = heapUsed();
  const boards = new BoardHistory(store, config(snapshotEvery, states.length));
  const coldMs: BoardFigures['coldMs'] = {};
  for (const state of states) {
    const { value, ms } = await timed(() => boards.boardAsOf(state, undefined));
    coldMs[state] = { ms, boardEvents: value.board.events, eventsRead: value.built.eventsRead };
  }
  const cacheHeapMiB = Math.round((heapUsed() - heapBefore) / 2 ** 20);
  const largest = Object.entries(coldMs).sort(([, a], [, b]) => b.boardEvents - a.boardEvents)[0][0];
  const warm = await timed(() => boards.boardAsOf(largest, atPosition(log[log.length - 1].globalPosition)));
  const uncached = await timed(() =>
    new BoardHistory(store, config(snapshotEvery, 0)).boardAsOf(largest, undefined),
  );

  // Deterministic yet uneven spread (golden-ratio steps): cuts fall anywhere between two snapshots.
  const at = (k: number) => log[Math.floor((((k + 1) * 0.6180339887498949) % 1) * log.length)];
  const ask = async (cut: (event: RecordedEvent) => Cut) => {
    const samples = [];
    for (let k = 0; k < queries; k++) {
      const state = states[k % states.length];
      const { value, ms } = await timed(() => boards.boardAsOf(state, cut(at(k))));
      samples.push({ ms, board: value.board.events, read: value.built.eventsRead });
    }
    return latency(samples);
  };
  const positionLatency = await ask((event) => atPosition(event.globalPosition));
  const timeLatency = await ask((event) => asOfTime(event.recordedAt, DEFAULT_CUT_SKEW_MS));

  const history = new StreamHistory(store);
  const streamSamples = [];
  for (let k = 0; k < queries; k++) {
    const event = at(k);
    const { ms } = await timed(() => history.stateAsOf(event.streamId, atPosition(event.globalPosition)));
    streamSamples.push({ ms });
  }
  return {
    coldMs,
    cacheHeapMiB,
    fullBoardWarm: { state: largest, boardEvents: warm.value.board.events, ms: warm.ms },
    fullBoardUncached: { state: largest, boardEvents: uncached.value.board.events, ms: uncached.ms },
    atPosition: positionLatency,
    asOfTime: timeLatency,
    streamState: latency(streamSamples),
  };
}
