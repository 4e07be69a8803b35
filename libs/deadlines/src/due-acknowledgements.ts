import { Addressee, isExpiredAt, overdueMarkOf, pendingAddressees } from '@hstf/domain';
import { TrackedDirective } from './tracked-directive';

/** One addressee that let the current revision's deadline pass: what the overdue mark needs. */
export interface DueAcknowledgement {
  readonly directiveId: string;
  readonly addressee: Addressee;
  readonly revision: number;
  readonly acknowledgeBy: string;
  readonly correlationId: string;
  /** The event that set the missed deadline. */
  readonly causationId: string;
}

/**
 * The addressees the current revision still waits on: not acknowledged and not yet marked overdue. A
 * revision made after the directive lapsed waits on nobody: nothing can be acknowledged after expiry, so
 * its deadline cannot be met, and marking it would blame addressees for an amendment they could not answer.
 */
export function awaitedAddressees({ state }: TrackedDirective): readonly Addressee[] {
  if (state.status !== 'issued' || isExpiredAt(state, state.revisedAt)) return [];
  return pendingAddressees(state).filter((addressee) => !overdueMarkOf(state, addressee, state.revision));
}

/** The deadline the schedule next waits for on this directive, or undefined when it waits on nobody. */
export const nextDeadline = (tracked: TrackedDirective): string | undefined =>
  awaitedAddressees(tracked).length > 0 ? tracked.state.acknowledgeBy : undefined;

/**
 * The addressees to mark overdue at `now`: strictly after the deadline, as the decider's rule has it. A
 * deadline missed before expiry stays due after it: the missed deadline is a fact whenever it is recorded.
 */
export function dueAcknowledgements(tracked: TrackedDirective, now: Date): DueAcknowledgement[] {
  const { state, correlationId, revisionSetBy } = tracked;
  if (now.getTime() <= Date.parse(state.acknowledgeBy)) return [];
  return awaitedAddressees(tracked).map((addressee) => ({
    directiveId: state.directiveId,
    addressee,
    revision: state.revision,
    acknowledgeBy: state.acknowledgeBy,
    correlationId,
    causationId: revisionSetBy,
  }));
}
