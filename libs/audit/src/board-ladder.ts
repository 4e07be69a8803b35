import { BoardFold, BoardSnapshot } from './board-fold';

/** A snapshot of a board's fold at a global position of the log. */
export interface Rung {
  readonly position: bigint;
  /** The latest recordedAt of the events up to `position`: a time cut may start from it if that is within. */
  readonly latestRecordedAt?: Date;
  readonly snapshot: BoardSnapshot;
}

/**
 * One state's board folded over the log read so far, with a snapshot (rung) every `every` events read. The
 * log below a position the store has returned never changes (the store reads only up to where no event can
 * still commit), so a rung is the exact fold of the log up to its position, forever.
 */
export class BoardLadder {
  readonly fold: BoardFold;
  readonly rungs: Rung[];
  scannedTo = -1n;
  latestRecordedAt?: Date;
  private sinceLastRung = 0;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(
    readonly state: string,
    private readonly every: number,
  ) {
    this.fold = new BoardFold(state);
    this.rungs = [{ position: -1n, snapshot: this.fold.snapshot() }];
  }

  /** Records that the fold has taken in the event at `position`, recorded at `recordedAt`. */
  advance(position: bigint, recordedAt: Date): void {
    this.scannedTo = position;
    if (!this.latestRecordedAt || recordedAt > this.latestRecordedAt) this.latestRecordedAt = recordedAt;
    this.sinceLastRung += 1;
    if (this.sinceLastRung >= this.every) {
      this.rungs.push({ position, latestRecordedAt: this.latestRecordedAt, snapshot: this.fold.snapshot() });
      this.sinceLastRung = 0;
    }
  }

  /** The latest rung `usable` accepts (the empty board at -1 always is). */
  latestRung(usable: (rung: Rung) => boolean): Rung {
    for (let i = this.rungs.length - 1; i > 0; i--) if (usable(this.rungs[i])) return this.rungs[i];
    return this.rungs[0];
  }

  /** Runs `work` after every earlier call on this ladder has finished: one reader extends it at a time. */
  exclusively<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lock.then(work, work);
    this.lock = run.catch(() => undefined);
    return run;
  }
}
