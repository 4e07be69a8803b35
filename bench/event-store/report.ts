import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { BenchConfig } from './bench-config';
import type { Sample } from './figures';
import type { ServerInfo } from './fresh-database';
import { median, round } from './stats';

export interface Recorded extends Sample {
  readonly figure: string;
  readonly contender: string;
  readonly repeat: number;
}

type Medians = Record<string, Record<string, { eventsPerSecond: number; p50Ms?: number; p99Ms?: number }>>;

export function mediansOf(samples: readonly Recorded[]): Medians {
  const medians: Medians = {};
  for (const { figure, contender } of samples) {
    const mine = samples.filter((s) => s.figure === figure && s.contender === contender);
    const of = (pick: (s: Sample) => number | undefined) => {
      const values = mine.map(pick).filter((v): v is number => v !== undefined);
      return values.length > 0 ? round(median(values)) : undefined;
    };
    (medians[figure] ??= {})[contender] = {
      eventsPerSecond: of((s) => s.eventsPerSecond) ?? Number.NaN,
      p50Ms: of((s) => s.p50Ms),
      p99Ms: of((s) => s.p99Ms),
    };
  }
  return medians;
}

const cell = (m?: { eventsPerSecond: number; p99Ms?: number }) =>
  m === undefined
    ? '-'
    : `${Math.round(m.eventsPerSecond).toLocaleString('en-US')}/s${m.p99Ms === undefined ? '' : ` p99 ${m.p99Ms} ms`}`;

/** One row per figure: medians side by side, and ours on PostgreSQL over Emmett on the same server. */
export function table(medians: Medians, contenders: readonly string[], ours: string, peer: string): string {
  const header = ['figure', ...contenders, `${ours} / ${peer}`];
  const rows = Object.entries(medians).map(([figure, byContender]) => {
    const a = byContender[ours]?.eventsPerSecond;
    const b = byContender[peer]?.eventsPerSecond;
    const ratio = a !== undefined && b !== undefined ? `${round(a / b)}x` : '-';
    return [figure, ...contenders.map((c) => cell(byContender[c])), ratio];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((value, i) => value.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The machine is shared: its load before and after the run says how much to trust the figures. */
export interface RunConditions {
  readonly durationSeconds: number;
  readonly loadAverageBefore: number[];
}

export function writeResults(
  path: string,
  config: BenchConfig,
  server: ServerInfo,
  samples: readonly Recorded[],
  conditions: RunConditions,
): void {
  const machine = {
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    freeMemoryGiB: round(freemem() / 2 ** 30, 1),
    loadAverageBefore: conditions.loadAverageBefore.map((load) => round(load)),
    loadAverageAfter: loadavg().map((load) => round(load)),
  };
  const { serverUrl: _omitted, ...settings } = config;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine,
    postgres: server,
    config: settings,
    durationSeconds: round(conditions.durationSeconds, 1),
    medians: mediansOf(samples),
    samples,
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
