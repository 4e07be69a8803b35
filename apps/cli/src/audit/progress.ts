import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar over a pass through the global log. Positions are not contiguous (they encode
 * transaction ids), so progress is the share of the way from the first position to the head, and the
 * count shown is of events actually read. Drawn on stderr, and only on a terminal.
 */
export class LogProgress {
  private readonly bar: SingleBar;
  private started = false;
  private first?: bigint;

  constructor(
    private readonly label: string,
    private readonly head: bigint,
  ) {
    this.bar = new SingleBar(
      {
        format: `${label} {bar} {percentage}% | {events} events | {duration_formatted}`,
        hideCursor: true,
        fps: 5,
      },
      Presets.shades_classic,
    );
  }

  update(position: bigint, events: number): void {
    this.first ??= position;
    if (!this.started) {
      this.bar.start(1000, 0, { events: 0 });
      this.started = true;
    }
    const span = this.head - this.first;
    const done = span > 0n ? Number(((position - this.first) * 1000n) / span) : 1000;
    this.bar.update(Math.min(done, 1000), { events: events.toLocaleString('en-US') });
  }

  stop(): void {
    if (!this.started) return;
    this.bar.update(1000);
    this.bar.stop();
  }
}
