/**
 * Settings of the feeds benchmark, from the environment:
 * BENCH_FEED_CLIENTS (default 1000), BENCH_FEED_COMMANDS (100), BENCH_REPEATS (3), BENCH_FEED_WORKERS (4),
 * BENCH_PORT (3911).
 */
export interface FeedsBenchConfig {
  readonly clients: number;
  readonly commands: number;
  readonly repeats: number;
  readonly workers: number;
  readonly port: number;
}

const whole = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`);
  return value;
};

export function loadFeedsBenchConfig(): FeedsBenchConfig {
  return {
    clients: whole('BENCH_FEED_CLIENTS', 1000),
    commands: whole('BENCH_FEED_COMMANDS', 100),
    repeats: whole('BENCH_REPEATS', 3),
    workers: whole('BENCH_FEED_WORKERS', 4),
    port: whole('BENCH_PORT', 3911),
  };
}

/** Where the clients listen: four agencies and two states, each directive addressed to all of them. */
export const AUDIENCES = [
  { path: '/feeds/agencies/FBI', role: 'liaison', agency: 'FBI', states: [] },
  { path: '/feeds/agencies/DEA', role: 'liaison', agency: 'DEA', states: [] },
  { path: '/feeds/agencies/CBP', role: 'liaison', agency: 'CBP', states: [] },
  { path: '/feeds/agencies/ICE-HSI', role: 'liaison', agency: 'ICE-HSI', states: [] },
  { path: '/feeds/states/TX', role: 'liaison', agency: 'TX-DPS', states: ['TX'] },
  { path: '/feeds/states/AZ', role: 'liaison', agency: 'AZ-DPS', states: ['AZ'] },
] as const;

/** The state agencies of AUDIENCES, which an admin registers before their liaisons' tokens are accepted. */
export const STATE_AGENCIES = [
  { code: 'TX-DPS', name: 'Texas Department of Public Safety', kind: 'state', state: 'TX' },
  { code: 'AZ-DPS', name: 'Arizona Department of Public Safety', kind: 'state', state: 'AZ' },
] as const;

export const EVERY_AUDIENCE = { states: ['TX', 'AZ'], agencies: ['FBI', 'DEA', 'CBP', 'ICE-HSI'] };
