import type { EndToEndConfig } from './end-to-end';

export type FanoutPart = 'relay' | 'end-to-end';

export interface RelayBenchConfig {
  /** Events pre-loaded into each fresh store and drained by the relay. */
  readonly events: number;
  readonly repeats: number;
  /** The relay's batch size (HSTF_RELAY_BATCH_SIZE). */
  readonly batchSize: number;
  readonly serverUrl: string;
  readonly targetEventsPerSecond: number;
}

export interface FanoutBenchConfig {
  readonly parts: readonly FanoutPart[];
  /** The benchmark's own broker (scripts/kafka.sh on this port), never the shared local one. */
  readonly kafkaPort: number;
  readonly relay: RelayBenchConfig;
  readonly endToEnd: Omit<EndToEndConfig, 'broker'> & { readonly targetP99Ms: number };
}

const positive = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};

const list = <T extends string | number>(name: string, fallback: readonly T[], parse: (raw: string) => T) => {
  const raw = process.env[name];
  return raw === undefined || raw.trim() === '' ? fallback : raw.split(',').map((item) => parse(item.trim()));
};

function part(raw: string): FanoutPart {
  if (raw === 'relay' || raw === 'end-to-end') return raw;
  throw new Error(`BENCH_FANOUT_PARTS lists relay and end-to-end, got ${JSON.stringify(raw)}`);
}

function rate(raw: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`BENCH_E2E_RATES lists commands per second, got ${JSON.stringify(raw)}`);
  return value;
}

/**
 * BENCH_FANOUT_PARTS (relay,end-to-end), BENCH_REPEATS (3), BENCH_KAFKA_PORT (19092);
 * relay: BENCH_RELAY_EVENTS (50000), BENCH_RELAY_BATCH (1000);
 * end to end: BENCH_E2E_RATES (100,1000), BENCH_E2E_SECONDS (15), BENCH_E2E_WARMUP_SECONDS (3),
 * BENCH_E2E_MAX_IN_FLIGHT (256), BENCH_E2E_POLL_MS (5), BENCH_API_PORT (3491);
 * PostgreSQL from DATABASE_URL or PG*.
 */
export function fanoutBenchConfig(): FanoutBenchConfig {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://localhost');
  if (!process.env.DATABASE_URL) {
    server.hostname = process.env.PGHOST ?? '127.0.0.1';
    server.port = process.env.PGPORT ?? '5432';
    server.username = process.env.PGUSER ?? 'postgres';
    if (process.env.PGPASSWORD) server.password = process.env.PGPASSWORD;
  }
  // Without a trailing slash: the benches append `/<database>`.
  const serverUrl = server.toString().replace(/\/$/, '');
  const repeats = positive('BENCH_REPEATS', 3);
  return {
    parts: list('BENCH_FANOUT_PARTS', ['relay', 'end-to-end'] as FanoutPart[], part),
    kafkaPort: positive('BENCH_KAFKA_PORT', 19092),
    relay: {
      events: positive('BENCH_RELAY_EVENTS', 50_000),
      repeats,
      batchSize: positive('BENCH_RELAY_BATCH', 1000),
      serverUrl,
      targetEventsPerSecond: 10_000,
    },
    endToEnd: {
      serverUrl,
      apiPort: positive('BENCH_API_PORT', 3491),
      rates: list('BENCH_E2E_RATES', [100, 1000], rate),
      seconds: positive('BENCH_E2E_SECONDS', 15),
      warmUpSeconds: positive('BENCH_E2E_WARMUP_SECONDS', 3),
      repeats,
      maxInFlight: positive('BENCH_E2E_MAX_IN_FLIGHT', 256),
      pollMs: positive('BENCH_E2E_POLL_MS', 5),
      targetP99Ms: 250,
    },
  };
}
