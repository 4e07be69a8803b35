import {
  AcknowledgementStatus,
  Addressee,
  acknowledgementStatus,
  DirectiveEvent,
  DirectiveState,
  evolveDirective,
  initialDirectiveState,
  KnownDirective,
  pendingAddressees,
} from '@hstf/domain';

/** Where the addressees stand on the current revision; the directive's own fields are beside it. */
export type DirectiveAcknowledgement = Omit<
  AcknowledgementStatus,
  'directiveId' | 'directiveStatus' | 'revision' | 'acknowledgeBy'
>;

/**
 * A directive as the boards and inboxes show it: the decider's state (every acknowledgement of every
 * revision, for the audit) with the acknowledgement status of the current revision and who still owes one.
 */
export type DirectiveRow = KnownDirective & {
  readonly acknowledgement: DirectiveAcknowledgement;
  /** Addressees that have not acknowledged the current revision; none once rescinded or superseded. */
  readonly pending: readonly Addressee[];
};

function stateOf(row: DirectiveRow | undefined): DirectiveState {
  if (row === undefined) return initialDirectiveState;
  const { acknowledgement: _acknowledgement, pending: _pending, ...state } = row;
  return state;
}

function rowOf(state: KnownDirective): DirectiveRow {
  const status = acknowledgementStatus(state) as AcknowledgementStatus;
  const {
    directiveId: _id,
    directiveStatus: _status,
    revision: _revision,
    acknowledgeBy: _by,
    ...acknowledgement
  } = status;
  // A closed directive asks nothing more of anyone, whatever was left unacknowledged.
  const pending = state.status === 'issued' ? pendingAddressees(state) : [];
  return { ...state, acknowledgement, pending };
}

/** Folds through the decider's evolve; acknowledgement status through the domain's own query. */
export function evolveDirectiveRow(
  row: DirectiveRow | undefined,
  event: DirectiveEvent,
): DirectiveRow | undefined {
  const next = evolveDirective(stateOf(row), event);
  return next.status === 'not_issued' ? undefined : rowOf(next);
}

export const pendingCodes = (row: DirectiveRow, kind: Addressee['kind']): string[] =>
  row.pending.filter((a) => a.kind === kind).map((a) => a.code);
