import { Addressee, addresseeList, sameAddressee } from './addressees';
import {
  AcknowledgementRecord,
  acknowledgementOf,
  DirectiveState,
  KnownDirective,
  overdueMarkOf,
} from './state';

/** Where one addressee stands on the current revision; `overdue` is a missed deadline the process manager marked. */
export type AddresseeAcknowledgementStatus = 'acknowledged' | 'overdue' | 'awaiting';

export interface AddresseeAcknowledgement {
  readonly addressee: Addressee;
  readonly status: AddresseeAcknowledgementStatus;
  /** The acknowledgement of the current revision, when there is one. */
  readonly acknowledgement?: AcknowledgementRecord;
  /** The latest revision the addressee acknowledged, this one or an earlier; absent when none. */
  readonly lastAcknowledgedRevision?: number;
}

export interface AcknowledgementStatus {
  readonly directiveId: string;
  readonly directiveStatus: KnownDirective['status'];
  readonly revision: number;
  readonly acknowledgeBy: string;
  readonly addressees: readonly AddresseeAcknowledgement[];
  readonly total: number;
  readonly acknowledged: number;
  /** Acknowledged, but after acknowledgeBy. */
  readonly late: number;
  readonly overdue: number;
  readonly awaiting: number;
  /** Every addressee acknowledged the current revision. */
  readonly complete: boolean;
}

function addresseeAcknowledgement(state: KnownDirective, addressee: Addressee): AddresseeAcknowledgement {
  const acknowledgement = acknowledgementOf(state, addressee, state.revision);
  const revisions = state.acknowledgements
    .filter((a) => sameAddressee(a.addressee, addressee))
    .map((a) => a.revision);
  const lastAcknowledgedRevision = revisions.length > 0 ? Math.max(...revisions) : undefined;
  const status: AddresseeAcknowledgementStatus = acknowledgement
    ? 'acknowledged'
    : overdueMarkOf(state, addressee, state.revision)
      ? 'overdue'
      : 'awaiting';
  return {
    addressee,
    status,
    ...(acknowledgement ? { acknowledgement } : {}),
    ...(lastAcknowledgedRevision === undefined ? {} : { lastAcknowledgedRevision }),
  };
}

/**
 * Who has acknowledged the current revision, for the acknowledgement read model. Pure over the folded
 * state: overdue means marked overdue, never "now is past the deadline", so a replay gives the same answer.
 * Undefined before the directive is issued.
 */
export function acknowledgementStatus(state: DirectiveState): AcknowledgementStatus | undefined {
  if (state.status === 'not_issued') return undefined;
  const addressees = addresseeList(state.addressees).map((a) => addresseeAcknowledgement(state, a));
  const count = (status: AddresseeAcknowledgementStatus): number =>
    addressees.filter((a) => a.status === status).length;
  return {
    directiveId: state.directiveId,
    directiveStatus: state.status,
    revision: state.revision,
    acknowledgeBy: state.acknowledgeBy,
    addressees,
    total: addressees.length,
    acknowledged: count('acknowledged'),
    late: addressees.filter((a) => a.acknowledgement?.late).length,
    overdue: count('overdue'),
    awaiting: count('awaiting'),
    complete: addressees.every((a) => a.status === 'acknowledged'),
  };
}

/** The addressees that have not acknowledged the current revision, overdue or not; none before issue. */
export const pendingAddressees = (state: DirectiveState): readonly Addressee[] =>
  state.status === 'not_issued'
    ? []
    : addresseeList(state.addressees).filter((a) => !acknowledgementOf(state, a, state.revision));
