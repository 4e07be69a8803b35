import { median, round } from '../event-store/stats';
import type { EndToEndSample } from './end-to-end';

export interface EndToEndMedian {
  readonly offeredPerSecond: number;
  readonly achievedPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly responseP50Ms: number;
  readonly responseP99Ms: number;
  readonly failed: number;
  readonly delayed: number;
}

type Figure = Exclude<keyof EndToEndMedian, 'offeredPerSecond'>;
const FIGURES: Figure[] = [
  'achievedPerSecond',
  'p50Ms',
  'p99Ms',
  'maxMs',
  'responseP50Ms',
  'responseP99Ms',
  'failed',
  'delayed',
];

/** Per offered rate, the median of each figure over the repeats. */
export function endToEndMedians(samples: readonly EndToEndSample[]): EndToEndMedian[] {
  const rates = [...new Set(samples.map((s) => s.offeredPerSecond))];
  return rates.map((offeredPerSecond) => {
    const mine = samples.filter((s) => s.offeredPerSecond === offeredPerSecond);
    const figures = Object.fromEntries(
      FIGURES.map((figure) => [figure, round(median(mine.map((s) => s[figure])), 1)]),
    ) as Record<Figure, number>;
    return { offeredPerSecond, ...figures };
  });
}

export function endToEndTable(medians: readonly EndToEndMedian[], targetP99Ms: number): string {
  const header = [
    'offered',
    'achieved',
    'accepted -> inbox p50',
    'p99',
    'max',
    'response p50',
    'response p99',
    'failed',
    `p99 <= ${targetP99Ms} ms at 1,000/s`,
  ];
  const rows = medians.map((m) => [
    `${m.offeredPerSecond}/s`,
    `${m.achievedPerSecond}/s`,
    `${m.p50Ms} ms`,
    `${m.p99Ms} ms`,
    `${m.maxMs} ms`,
    `${m.responseP50Ms} ms`,
    `${m.responseP99Ms} ms`,
    String(m.failed),
    m.offeredPerSecond !== 1000
      ? '-'
      : m.p99Ms <= targetP99Ms && m.achievedPerSecond >= 0.95 * m.offeredPerSecond
        ? 'met'
        : 'MISSED',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((value, i) => value.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
