import {
  recordedLog,
  AZ_DIRECTIVE,
  AZ_TASKING,
  TX_COMMITMENT,
  TX_DIRECTIVE,
  TX_TASKING,
} from './audit-log.fixtures';
import { BoardFold } from './board-fold';
import type { RecordedStoredEvent } from '@hstf/contracts';

const log = recordedLog();

/** Folds a log as the audit API does: skipped streams' history fetched when they join. */
function fold(events: readonly RecordedStoredEvent[], state = 'TX', board = new BoardFold(state)): BoardFold {
  for (const event of events) {
    if (board.needsHistory(event)) {
      board.adopt(
        log.filter((e) => e.streamId === event.streamId && e.streamPosition < event.streamPosition),
      );
    }
    board.apply(event);
  }
  return board;
}

describe("folding a state's board", () => {
  it('shows the task force, and the directives, taskings and commitments scoped to the state', () => {
    const view = fold(log).view();
    expect(view.taskForce).toMatchObject({ streamId: 'taskforce-TX', revision: '0' });
    expect(view.directives.map((d) => d.streamId)).toEqual([
      `directive-${TX_DIRECTIVE}`,
      `directive-${AZ_DIRECTIVE}`,
    ]);
    expect(view.taskings.map((t) => [t.streamId, (t.state as { status: string }).status])).toEqual([
      [`tasking-${TX_TASKING}`, 'accepted'],
    ]);
    expect(view.commitments.map((c) => c.streamId)).toEqual([`commitment-${TX_COMMITMENT}`]);
  });

  it('folds a directive that joins the board by amendment from its first event, not from the amendment', () => {
    const view = fold(log).view();
    const az = view.directives.find((d) => d.streamId === `directive-${AZ_DIRECTIVE}`);
    expect(az).toMatchObject({ revision: '1' });
    expect(az?.state).toMatchObject({ revision: 2, addressees: { states: ['AZ', 'TX'] } });
    expect(view.events).toBe(7);
  });

  it("leaves another state's aggregates off", () => {
    const az = fold(log, 'AZ').view();
    expect(az.taskForce).toBeNull();
    expect(az.taskings.map((t) => t.streamId)).toEqual([`tasking-${AZ_TASKING}`]);
  });

  it('is the board as it stood when cut short', () => {
    const view = fold(log.slice(0, 4)).view();
    expect(view.directives.map((d) => d.streamId)).toEqual([`directive-${TX_DIRECTIVE}`]);
    expect((view.taskings[0].state as { status: string }).status).toBe('assigned');
  });

  it('continues from a snapshot to the same answer as a fold from the start', () => {
    const first = fold(log.slice(0, 5));
    const snapshot = first.snapshot();
    fold(log.slice(5), 'TX', first);
    const resumed = fold(log.slice(5), 'TX', new BoardFold('TX', snapshot));
    expect(resumed.view()).toEqual(fold(log).view());
    expect(first.view()).toEqual(resumed.view());
  });

  it('refuses an event out of its stream order, which would mean history was skipped', () => {
    const board = new BoardFold('TX');
    expect(() => board.apply(log[5])).toThrow('expected revision 0, got 1');
    expect(() => new BoardFold('AZ', board.snapshot())).toThrow('cannot continue');
  });
});
