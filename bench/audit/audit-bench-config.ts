/** Sizes of the audit benchmark, from the environment; the defaults are the 1,000,000 events. */
export interface AuditBenchConfig {
  /** Events in the log on PostgreSQL. */
  readonly events: number;
  /** Events in the log of the PGlite peer run; 0 skips it. */
  readonly pgliteEvents: number;
  /** States the log is spread over: with 10, a state's board holds about a tenth of it. */
  readonly states: number;
  /** As-of questions asked per cut kind (position, time), after warming each board once. */
  readonly queries: number;
  /** The board cache's snapshot interval (HSTF_AUDIT_BOARD_SNAPSHOT_EVERY). */
  readonly snapshotEvery: number;
  /** Events per readAll page in the replay figure. */
  readonly pageSize: number;
  readonly serverUrl: string;
  readonly poolSize: number;
}

const int = (name: string, fallback: number, min = 1): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
};

export function auditBenchConfig(): AuditBenchConfig {
  return {
    events: int('AUDIT_BENCH_EVENTS', 1_000_000),
    pgliteEvents: int('AUDIT_BENCH_PGLITE_EVENTS', 100_000, 0),
    states: int('AUDIT_BENCH_STATES', 10),
    queries: int('AUDIT_BENCH_QUERIES', 20),
    snapshotEvery: int('AUDIT_BENCH_SNAPSHOT_EVERY', 5_000),
    pageSize: int('AUDIT_BENCH_PAGE', 5_000),
    serverUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432',
    poolSize: int('BENCH_POOL_SIZE', 20),
  };
}

/** The first states of the reference list: the board sizes the benchmark reports are these states'. */
export const BENCH_STATES = [
  'TX',
  'AZ',
  'CA',
  'NM',
  'FL',
  'NY',
  'IL',
  'GA',
  'WA',
  'NV',
  'LA',
  'OK',
  'CO',
  'UT',
];
