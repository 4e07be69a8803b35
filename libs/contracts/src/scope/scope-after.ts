import type { Decider, Event, Scope } from '@hstf/domain';
import { normalizeScope } from './normalize-scope';

type ScopingDecider<E extends Event, S> = Pick<Decider<never, E, S>, 'evolve' | 'scope'>;

/**
 * The audiences of an aggregate once these events have happened, which is the scope stamped on them. The
 * state after, not before: an addressee that an amendment adds must receive that amendment, and an agency
 * a reassignment releases is kept in the scope of that event by the decider's own `scope`.
 */
export function scopeAfter<E extends Event, S>(
  decider: ScopingDecider<E, S>,
  stateBefore: S,
  events: readonly E[],
): Scope {
  return normalizeScope(decider.scope(events.reduce(decider.evolve, stateBefore)));
}

/**
 * One scope per event, each from the state right after it: when a command yields several events, an
 * audience the last one drops still receives the ones before it.
 */
export function scopesAfterEach<E extends Event, S>(
  decider: ScopingDecider<E, S>,
  stateBefore: S,
  events: readonly E[],
): Scope[] {
  let state = stateBefore;
  return events.map((event) => {
    state = decider.evolve(state, event);
    return normalizeScope(decider.scope(state));
  });
}
