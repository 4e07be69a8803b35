import { Inject, Injectable } from '@nestjs/common';
import { BOARD_STREAM_PREFIXES } from './board-aggregates';
import { BoardFold, BoardView } from './board-fold';
import { beyondCut, Cut, describeCut, prefixWithinCut, withinCut } from './as-of-cut';
import { EVENT_STORE, EventStore, RecordedEvent } from '@hstf/event-store';
import { AUDIT_CONFIG, AuditConfig } from './audit-config';
import { BoardLadder } from './board-ladder';
import { logPages, readOrNothing } from './log-pages';

export interface BoardAsOf {
  readonly cut: { readonly atPosition?: string; readonly asOf?: string };
  /** The last position of the log taken into account (-1 before the first event). */
  readonly readThrough: string;
  readonly board: BoardView;
  /** How the answer was built: events read from the store for it, and whether a snapshot was the start. */
  readonly built: { readonly fromPosition: string; readonly eventsRead: number };
}

const filter = { streamPrefixes: BOARD_STREAM_PREFIXES };

/**
 * A state's board as of any cut of the log. Each asked-for board keeps a ladder of snapshots, extended as
 * the log grows, so an answer re-reads at most the events between one snapshot and the cut. Snapshots are
 * folds of the log as stored, so they never change an answer; a fresh fold from the start gives the same.
 */
@Injectable()
export class BoardHistory {
  private readonly ladders = new Map<string, BoardLadder>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
  ) {}

  async boardAsOf(state: string, cut: Cut | undefined): Promise<BoardAsOf> {
    const ladder = this.ladderOf(state);
    return ladder.exclusively(async () => {
      const from = ladder.scannedTo;
      const read = await this.extend(ladder, cut);
      if (!cut || prefixWithinCut(cut, ladder.scannedTo, ladder.latestRecordedAt)) {
        return answer(cut, ladder.scannedTo, ladder.fold.view(), from, read);
      }
      const rung = ladder.latestRung((r) => prefixWithinCut(cut, r.position, r.latestRecordedAt));
      return this.foldFrom(state, rung.position, new BoardFold(state, rung.snapshot), cut);
    });
  }

  /** Reads the log after the ladder's end up to the cut (to the end without one), folding all of it. */
  private async extend(ladder: BoardLadder, cut: Cut | undefined): Promise<number> {
    let read = 0;
    for await (const page of logPages(this.store, { after: ladder.scannedTo, filter })) {
      for (const event of page) {
        if (cut && beyondCut(cut, event)) return read;
        if (ladder.fold.needsHistory(event)) await this.adoptHistory(ladder.fold, event);
        ladder.fold.apply(event);
        ladder.advance(event.globalPosition, event.recordedAt);
        read += 1;
      }
    }
    return read;
  }

  /** A time cut that ends inside the ladder's last stretch: folds only what was recorded by then. */
  private async foldFrom(state: string, from: bigint, fold: BoardFold, cut: Cut): Promise<BoardAsOf> {
    // A stream whose event fell outside the cut stays out from there on: its later events need the earlier.
    const cutOff = new Set<string>();
    let readThrough = from;
    let read = 0;
    for await (const page of logPages(this.store, { after: from, filter })) {
      for (const event of page) {
        if (beyondCut(cut, event)) return answer(cut, readThrough, fold.view(), from, read);
        read += 1;
        if (cutOff.has(event.streamId) || !withinCut(cut, event)) {
          cutOff.add(event.streamId);
          continue;
        }
        if (fold.needsHistory(event)) await this.adoptHistory(fold, event);
        fold.apply(event);
        readThrough = event.globalPosition;
      }
    }
    return answer(cut, readThrough, fold.view(), from, read);
  }

  /** A stream joining the board past its first event brings its earlier events, which the log skipped. */
  private async adoptHistory(fold: BoardFold, event: RecordedEvent): Promise<void> {
    fold.adopt(await readOrNothing(this.store, event.streamId, 0n, Number(event.streamPosition)));
  }

  private ladderOf(state: string): BoardLadder {
    const known = this.ladders.get(state);
    if (known) {
      // Re-inserted to mark it most recently used.
      this.ladders.delete(state);
      this.ladders.set(state, known);
      return known;
    }
    const ladder = new BoardLadder(state, this.config.boardSnapshotEvery);
    if (this.config.boardCachedStates > 0) {
      this.ladders.set(state, ladder);
      while (this.ladders.size > this.config.boardCachedStates) {
        this.ladders.delete(this.ladders.keys().next().value as string);
      }
    }
    return ladder;
  }
}

function answer(
  cut: Cut | undefined,
  readThrough: bigint,
  board: BoardView,
  fromPosition: bigint,
  eventsRead: number,
): BoardAsOf {
  return {
    cut: cut ? describeCut(cut) : {},
    readThrough: readThrough.toString(),
    board,
    built: { fromPosition: fromPosition.toString(), eventsRead },
  };
}
