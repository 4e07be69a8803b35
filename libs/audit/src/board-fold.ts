import type { RecordedStoredEvent } from '@hstf/contracts';
import { OpenedReport, shareOfReported, tallyOf, TallyFigures } from '@hstf/domain';
import { BOARD_AGGREGATES, BoardKind, boardKindOf } from './board-aggregates';
import { domainEventOf, scopeStatesOf } from './upcast-stored';

/** One aggregate on a board, folded up to `revision`. */
export interface BoardEntry {
  readonly streamId: string;
  readonly kind: BoardKind;
  readonly state: unknown;
  readonly revision: bigint;
  readonly firstPosition: bigint;
  readonly lastPosition: bigint;
  readonly lastRecordedAt: Date;
}

/**
 * A board as folded so far; immutable, so a cache may keep it while the fold goes on. The entries are an
 * array, not a map: a cache keeps many snapshots, and an array of references costs a fraction of a map.
 */
export interface BoardSnapshot {
  readonly state: string;
  readonly entries: readonly BoardEntry[];
  readonly folded: number;
}

export interface BoardItem {
  readonly streamId: string;
  readonly revision: string;
  readonly lastPosition: string;
  readonly lastRecordedAt: string;
  readonly state: unknown;
}

export interface BoardView {
  readonly state: string;
  readonly taskForce: BoardItem | null;
  readonly directives: BoardItem[];
  readonly taskings: BoardItem[];
  readonly commitments: BoardItem[];
  /** The operational reports of the state's operations, as they stood. */
  readonly reports: BoardItem[];
  /**
   * What the state had reported by then, folded from those reports by the read model's own arithmetic:
   * per tier, each incident once. "What did we report on 1 March" is this, at that cut.
   */
  readonly tallies: TallyFigures & { readonly shareOfReported: { charged: number; courtVerified: number } };
  /** Events folded to build it. */
  readonly events: number;
}

/**
 * A state's board folded from the global log: its task force, and every directive, tasking, commitment and report
 * whose events were ever scoped to the state. Once an aggregate concerns the state every later event of it
 * is folded, so that one that stops concerning it (a directive amended away) is seen to leave; the view then
 * shows the aggregates whose scope, at the end of the fold, includes the state.
 */
export class BoardFold {
  private readonly members: Map<string, BoardEntry>;
  private folded: number;

  constructor(
    readonly state: string,
    from?: BoardSnapshot,
  ) {
    if (from && from.state !== state)
      throw new RangeError(`a ${from.state} board cannot continue as ${state}`);
    this.members = new Map(from?.entries.map((entry) => [entry.streamId, entry]));
    this.folded = from?.folded ?? 0;
  }

  /** The event belongs on this board: an event of a member, or one scoped to the state. */
  concerns(event: RecordedStoredEvent): boolean {
    if (this.members.has(event.streamId)) return true;
    return boardKindOf(event.streamId) !== undefined && scopeStatesOf(event).includes(this.state);
  }

  /**
   * The event brings a new aggregate onto the board past its first event: fold the stream's earlier
   * events with `adopt` first, since they were not scoped to the state and the log skipped them.
   */
  needsHistory(event: RecordedStoredEvent): boolean {
    return !this.members.has(event.streamId) && event.streamPosition > 0n && this.concerns(event);
  }

  /** Folds the event if it concerns the board; returns whether it did. */
  apply(event: RecordedStoredEvent): boolean {
    if (!this.concerns(event)) return false;
    this.fold(event);
    return true;
  }

  /** Folds a stream's events preceding the one that brought it onto the board, whatever their scope. */
  adopt(earlier: readonly RecordedStoredEvent[]): void {
    for (const event of earlier) this.fold(event);
  }

  snapshot(): BoardSnapshot {
    return { state: this.state, entries: [...this.members.values()], folded: this.folded };
  }

  view(): BoardView {
    const items: Record<BoardKind, BoardItem[]> = {
      taskForce: [],
      directive: [],
      tasking: [],
      commitment: [],
      report: [],
    };
    const ordered = [...this.members.values()].sort((a, b) =>
      a.firstPosition < b.firstPosition ? -1 : a.firstPosition > b.firstPosition ? 1 : 0,
    );
    for (const entry of ordered) {
      if (!BOARD_AGGREGATES[entry.kind].decider.scope(entry.state).states.includes(this.state)) continue;
      items[entry.kind].push({
        streamId: entry.streamId,
        revision: entry.revision.toString(),
        lastPosition: entry.lastPosition.toString(),
        lastRecordedAt: entry.lastRecordedAt.toISOString(),
        state: entry.state,
      });
    }
    const figures = tallyOf(items.report.map((item) => item.state as OpenedReport));
    return {
      state: this.state,
      taskForce: items.taskForce[0] ?? null,
      directives: items.directive,
      taskings: items.tasking,
      commitments: items.commitment,
      reports: items.report,
      tallies: { ...figures, shareOfReported: shareOfReported(figures) },
      events: this.folded,
    };
  }

  private fold(event: RecordedStoredEvent): void {
    const kind = boardKindOf(event.streamId);
    if (!kind) throw new RangeError(`${event.streamId} is not a stream of a board`);
    const entry = this.members.get(event.streamId);
    const expected = entry ? entry.revision + 1n : 0n;
    if (event.streamPosition !== expected) {
      throw new RangeError(`${event.streamId}: expected revision ${expected}, got ${event.streamPosition}`);
    }
    const { decider } = BOARD_AGGREGATES[kind];
    this.members.set(event.streamId, {
      streamId: event.streamId,
      kind,
      state: decider.evolve(entry ? entry.state : decider.initialState, domainEventOf(event) as never),
      revision: event.streamPosition,
      firstPosition: entry ? entry.firstPosition : event.globalPosition,
      lastPosition: event.globalPosition,
      lastRecordedAt: event.recordedAt,
    });
    this.folded += 1;
  }
}
