import {
  CommitmentEvent,
  CommitmentState,
  delivered,
  evolveCommitment,
  initialCommitmentState,
  PledgedCommitment,
  remaining,
  WithdrawnCommitment,
} from '@hstf/domain';

/** A commitment with what was delivered and what is still to come, by the domain's own arithmetic. */
export type CommitmentRow = (PledgedCommitment | WithdrawnCommitment) & {
  readonly pledgedAt: string;
  readonly note?: string;
  readonly delivered: number;
  readonly remaining: number;
};

function stateOf(row: CommitmentRow | undefined): CommitmentState {
  if (row === undefined) return initialCommitmentState;
  const { pledgedAt: _at, note: _note, delivered: _delivered, remaining: _remaining, ...state } = row;
  return state;
}

/** When and with what note it was pledged: facts of the pledge event the decider's state does not keep. */
function pledgeFacts(
  row: CommitmentRow | undefined,
  event: CommitmentEvent,
): Pick<CommitmentRow, 'pledgedAt' | 'note'> {
  const { pledgedAt, note } = event.type === 'SupportPledged' ? event.data : (row ?? { pledgedAt: '' });
  return note === undefined ? { pledgedAt } : { pledgedAt, note };
}

export function evolveCommitmentRow(
  row: CommitmentRow | undefined,
  event: CommitmentEvent,
): CommitmentRow | undefined {
  const next = evolveCommitment(stateOf(row), event);
  if (next.status === 'none') return undefined;
  return { ...next, ...pledgeFacts(row, event), delivered: delivered(next), remaining: remaining(next) };
}
