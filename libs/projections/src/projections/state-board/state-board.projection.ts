import { Projection } from '../../definition/projection';
import { evolveDocument } from '../../definition/evolve-document';
import {
  isCommitmentEvent,
  isDirectiveEvent,
  isTaskForceEvent,
  isTaskingEvent,
} from '../../events/event-kinds';
import { domainEventOf } from '../../events/projected-event';
import { evolveCommitmentRow } from '../../rows/commitment-row';
import { evolveDirectiveRow } from '../../rows/directive-row';
import { evolveTaskForceRow } from '../../rows/task-force-row';
import { evolveTaskingRow } from '../../rows/tasking-row';
import { commitments, directives, taskForces, taskings } from './state-board.tables';

/**
 * One row per task force, tasking, directive and commitment. The board of a state and the national
 * overview are both queries over these tables (see queries/), so the overview is the boards summed and
 * can never disagree with them; directives reach a board through the state or its current members.
 */
export const stateBoardProjection: Projection = {
  name: 'state_board',
  version: 1,
  tables: [taskForces, taskings, directives, commitments],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    if (event === undefined) return;
    if (isTaskForceEvent(event)) {
      await evolveDocument(writer, taskForces, event.data.state, (row) => evolveTaskForceRow(row, event));
    } else if (isTaskingEvent(event)) {
      await evolveDocument(writer, taskings, event.data.taskingId, (row) => evolveTaskingRow(row, event));
    } else if (isDirectiveEvent(event)) {
      await evolveDocument(writer, directives, event.data.directiveId, (row) =>
        evolveDirectiveRow(row, event),
      );
    } else if (isCommitmentEvent(event)) {
      await evolveDocument(writer, commitments, event.data.commitmentId, (row) =>
        evolveCommitmentRow(row, event),
      );
    }
  },
};
