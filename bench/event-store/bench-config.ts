/** Sizes are per sample; every figure is sampled `repeats` times per contender and reported as a median. */
export interface BenchConfig {
  readonly repeats: number;
  readonly singleAppends: Readonly<Record<1 | 8 | 64, number>>;
  /** Events per stream before a single-event writer moves on to a new stream, as commands do. */
  readonly streamLength: number;
  readonly batchWriters: number;
  readonly batchesPerWriter: number;
  readonly batchSize: number;
  readonly readEvents: number;
  readonly readPageSize: number;
  /** Server to create the benchmark databases on; trust authentication as user postgres by default. */
  readonly serverUrl: string;
  /** Connections per pool, the same for our adapter and for Emmett. */
  readonly poolSize: number;
}

const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
};

export function benchConfig(): BenchConfig {
  return {
    repeats: int('BENCH_REPEATS', 5),
    singleAppends: {
      1: int('BENCH_SINGLE_1', 500),
      8: int('BENCH_SINGLE_8', 2_000),
      64: int('BENCH_SINGLE_64', 6_400),
    },
    streamLength: int('BENCH_STREAM_LENGTH', 20),
    batchWriters: int('BENCH_BATCH_WRITERS', 4),
    batchesPerWriter: int('BENCH_BATCHES_PER_WRITER', 25),
    batchSize: int('BENCH_BATCH_SIZE', 100),
    readEvents: int('BENCH_READ_EVENTS', 50_000),
    readPageSize: int('BENCH_READ_PAGE', 1_000),
    serverUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432',
    poolSize: int('BENCH_POOL_SIZE', 20),
  };
}
