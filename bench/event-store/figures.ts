import { performance } from 'node:perf_hooks';
import type { BenchConfig } from './bench-config';
import type { Contender } from './contender';
import { directiveIssued, newStreamId } from './directive-events';
import { percentile, round } from './stats';

export interface Sample {
  readonly eventsPerSecond: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
}

export interface Figure {
  readonly name: string;
  run(contender: Contender): Promise<Sample>;
}

async function timed(events: number, work: () => Promise<number[]>): Promise<Sample> {
  const started = performance.now();
  const latencies = await work();
  const seconds = (performance.now() - started) / 1000;
  return {
    eventsPerSecond: round(events / seconds, 0),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

/** `writers` concurrent command handlers, each appending one event at a time with its expected revision. */
function singleAppends(writers: number, total: number, streamLength: number): Figure {
  return {
    name: `append 1 event x${writers} writers`,
    run: (contender) =>
      timed(total, async () => {
        const perWriter = Math.ceil(total / writers);
        const runs = Array.from({ length: writers }, async () => {
          const latencies: number[] = [];
          let writer = contender.writer(newStreamId());
          for (let i = 0; i < perWriter; i++) {
            if (i > 0 && i % streamLength === 0) writer = contender.writer(newStreamId());
            const event = directiveIssued('directive', i);
            const started = performance.now();
            await writer.append([event]);
            latencies.push(performance.now() - started);
          }
          return latencies;
        });
        return (await Promise.all(runs)).flat();
      }),
  };
}

/** Each append writes a new stream of `size` events at once, as an import or a replayed history does. */
function batchAppends(writers: number, batches: number, size: number): Figure {
  return {
    name: `append ${size} events x${writers} writers`,
    run: (contender) =>
      timed(writers * batches * size, async () => {
        const runs = Array.from({ length: writers }, async () => {
          const latencies: number[] = [];
          for (let b = 0; b < batches; b++) {
            const streamId = newStreamId();
            const events = Array.from({ length: size }, (_, i) => directiveIssued(streamId, i));
            const started = performance.now();
            await contender.writer(streamId).append(events);
            latencies.push(performance.now() - started);
          }
          return latencies;
        });
        return (await Promise.all(runs)).flat();
      }),
  };
}

function readAll(events: number, pageSize: number): Figure {
  return {
    name: `readAll ${events} events, pages of ${pageSize}`,
    run: async (contender) => {
      const started = performance.now();
      const read = await contender.readAll(events, pageSize);
      if (read < events) throw new Error(`${contender.name} read ${read} events of ${events}`);
      return { eventsPerSecond: round(read / ((performance.now() - started) / 1000), 0) };
    },
  };
}

export function figures(config: BenchConfig): Figure[] {
  return [
    singleAppends(1, config.singleAppends[1], config.streamLength),
    singleAppends(8, config.singleAppends[8], config.streamLength),
    singleAppends(64, config.singleAppends[64], config.streamLength),
    batchAppends(config.batchWriters, config.batchesPerWriter, config.batchSize),
    readAll(config.readEvents, config.readPageSize),
  ];
}
