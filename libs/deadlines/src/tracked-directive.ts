import { directiveDecider, DirectiveEvent, KnownDirective } from '@hstf/domain';

/** A directive event as the schedule reads it: data lifted to its current schema version, with its ids. */
export interface DirectiveRecord {
  readonly eventId: string;
  readonly correlationId: string;
  readonly event: DirectiveEvent;
}

/** What the schedule keeps of an open directive (persisted as JSON between runs). */
export interface TrackedDirective {
  /** Folded by the directive's own decider, so that the schedule and the overdue rule never disagree. */
  readonly state: KnownDirective;
  /** The conversation the directive was issued in; its overdue marks join it. */
  readonly correlationId: string;
  /** The event that began the current revision (issue or amendment), and so set its deadline. */
  readonly revisionSetBy: string;
}

/**
 * Folds one event into the schedule's view of its directive. A rescinded or superseded directive is dropped:
 * nothing can be acknowledged or marked on it any more. Events of a directive the schedule does not track
 * (its issue was never seen, or it was closed) change nothing.
 */
export function trackDirective(
  tracked: TrackedDirective | undefined,
  record: DirectiveRecord,
): TrackedDirective | undefined {
  const { event } = record;
  switch (event.type) {
    case 'DirectiveIssued':
      return {
        state: directiveDecider.evolve(directiveDecider.initialState, event) as KnownDirective,
        correlationId: record.correlationId,
        revisionSetBy: record.eventId,
      };
    case 'DirectiveRescinded':
    case 'DirectiveSuperseded':
      return undefined;
    default: {
      if (tracked === undefined) return undefined;
      const state = directiveDecider.evolve(tracked.state, event) as KnownDirective;
      const revisionSetBy = event.type === 'DirectiveAmended' ? record.eventId : tracked.revisionSetBy;
      return { ...tracked, state, revisionSetBy };
    }
  }
}
