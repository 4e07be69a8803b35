import { assertNever } from '../shared';
import { mergeAddressees, NO_ADDRESSEES } from './addressees';
import { DirectiveEvent } from './events';
import { DirectiveState } from './state';

export function evolve(state: DirectiveState, event: DirectiveEvent): DirectiveState {
  if (event.type === 'DirectiveIssued') {
    const { issuedAt, revision, ...terms } = event.data;
    return {
      ...terms,
      status: 'issued',
      issuedAt,
      revision,
      revisedAt: issuedAt,
      acknowledgements: [],
      overdueMarks: [],
    };
  }
  // decide never emits into a stream without an issue; a replay of a damaged one folds to nothing rather than throw.
  if (state.status === 'not_issued') return state;
  switch (event.type) {
    case 'DirectiveAcknowledged': {
      const { addressee, acknowledgedBy, revision, acknowledgedAt, late, note } = event.data;
      const acknowledgement = { addressee, acknowledgedBy, revision, acknowledgedAt, late };
      return {
        ...state,
        acknowledgements: [
          ...state.acknowledgements,
          note === undefined ? acknowledgement : { ...acknowledgement, note },
        ],
      };
    }
    case 'DirectiveAmended': {
      const { addedAddressees = NO_ADDRESSEES, ...terms } = event.data.changes;
      return {
        ...state,
        ...terms,
        addressees: mergeAddressees(state.addressees, addedAddressees),
        revision: event.data.revision,
        revisedAt: event.data.amendedAt,
      };
    }
    case 'DirectiveSuperseded': {
      const { supersededBy, reason, supersededAt } = event.data;
      return { ...state, status: 'superseded', superseded: { by: supersededBy, reason, at: supersededAt } };
    }
    case 'DirectiveRescinded':
      return {
        ...state,
        status: 'rescinded',
        rescinded: { reason: event.data.reason, at: event.data.rescindedAt },
      };
    case 'DirectiveAcknowledgementOverdue': {
      const { addressee, revision, markedAt } = event.data;
      return { ...state, overdueMarks: [...state.overdueMarks, { addressee, revision, markedAt }] };
    }
    default:
      return assertNever(event);
  }
}
