import { median } from '../event-store/stats';

export interface RelaySample {
  readonly contender: string;
  readonly repeat: number;
  readonly events: number;
  readonly messages: number;
  readonly batches: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly messagesPerSecond: number;
  readonly cpuMicrosPerEvent: number;
  /** The machine's 1-minute load average when the run ended: other work competes for the same cores. */
  readonly loadAverage: number;
}

export interface RelayMedian {
  readonly eventsPerSecond: number;
  readonly messagesPerSecond: number;
  readonly seconds: number;
  readonly eventsPerBatch: number;
  readonly cpuMicrosPerEvent: number;
}

export function mediansOf(samples: readonly RelaySample[]): Record<string, RelayMedian> {
  const medians: Record<string, RelayMedian> = {};
  for (const contender of new Set(samples.map((s) => s.contender))) {
    const mine = samples.filter((s) => s.contender === contender);
    medians[contender] = {
      eventsPerSecond: Math.round(median(mine.map((s) => s.eventsPerSecond))),
      messagesPerSecond: Math.round(median(mine.map((s) => s.messagesPerSecond))),
      seconds: Math.round(median(mine.map((s) => s.seconds)) * 100) / 100,
      eventsPerBatch: Math.round(median(mine.map((s) => s.events / Math.max(1, s.batches)))),
      cpuMicrosPerEvent: Math.round(median(mine.map((s) => s.cpuMicrosPerEvent))),
    };
  }
  return medians;
}

export function table(medians: Record<string, RelayMedian>, target: number): string {
  const rows = Object.entries(medians).map(([contender, m]) => [
    contender,
    `${m.eventsPerSecond.toLocaleString('en-US')}/s`,
    `${m.messagesPerSecond.toLocaleString('en-US')}/s`,
    `${m.seconds} s`,
    String(m.eventsPerBatch),
    `${m.cpuMicrosPerEvent} µs`,
    contender.includes('Kafka') ? (m.eventsPerSecond >= target ? 'met' : 'MISSED') : '-',
  ]);
  const header = [
    'contender',
    'events',
    'messages',
    'drain time',
    'events/batch',
    'CPU per event',
    `target ${target.toLocaleString('en-US')}/s`,
  ];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((value, i) => value.padEnd(widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
