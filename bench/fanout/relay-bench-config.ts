export interface RelayBenchConfig {
  /** Events pre-loaded into each fresh store and drained by the relay. */
  readonly events: number;
  readonly repeats: number;
  /** The relay's batch size (HSTF_RELAY_BATCH_SIZE). */
  readonly batchSize: number;
  readonly serverUrl: string;
  readonly brokers: readonly string[];
  readonly targetEventsPerSecond: number;
}

const positive = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};

/** BENCH_RELAY_EVENTS, BENCH_REPEATS, BENCH_RELAY_BATCH; PostgreSQL from DATABASE_URL or PG*; KAFKA_BROKERS. */
export function relayBenchConfig(): RelayBenchConfig {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://localhost');
  if (!process.env.DATABASE_URL) {
    server.hostname = process.env.PGHOST ?? '127.0.0.1';
    server.port = process.env.PGPORT ?? '5432';
    server.username = process.env.PGUSER ?? 'postgres';
    if (process.env.PGPASSWORD) server.password = process.env.PGPASSWORD;
  }
  return {
    events: positive('BENCH_RELAY_EVENTS', 50_000),
    repeats: positive('BENCH_REPEATS', 3),
    batchSize: positive('BENCH_RELAY_BATCH', 1000),
    serverUrl: server.toString(),
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim()),
    targetEventsPerSecond: 10_000,
  };
}
