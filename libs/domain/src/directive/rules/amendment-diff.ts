import { Addressees } from '../addressees';
import { DirectiveChanges } from '../commands';
import { DirectiveAmendment } from '../events';
import { IssuedDirective } from '../state';

const differs = (given: string | undefined, current: string | undefined): given is string =>
  given !== undefined && given !== current;

// Two spellings of one instant ("...:00Z", "...:00.000Z") are the same deadline, not a change.
const movesInstant = (given: string | undefined, current: string | undefined): given is string =>
  given !== undefined && (current === undefined || Date.parse(given) !== Date.parse(current));

export const additionsOf = (changes: DirectiveChanges): Addressees => ({
  states: changes.addressees?.states ?? [],
  agencies: changes.addressees?.agencies ?? [],
});

/**
 * The part of the requested changes that really changes the current revision. A field restated with its
 * current value is left out, so that an amendment's event says exactly what the addressees must re-read.
 * The changes must already have passed the field rules.
 */
export function amendmentOf(state: IssuedDirective, changes: DirectiveChanges): DirectiveAmendment {
  const added = additionsOf(changes);
  return {
    ...(differs(changes.title, state.title) ? { title: changes.title } : {}),
    ...(differs(changes.body, state.body) ? { body: changes.body } : {}),
    ...(differs(changes.priority, state.priority) ? { priority: changes.priority } : {}),
    ...(movesInstant(changes.acknowledgeBy, state.acknowledgeBy)
      ? { acknowledgeBy: changes.acknowledgeBy }
      : {}),
    ...(movesInstant(changes.expiresAt, state.expiresAt) ? { expiresAt: changes.expiresAt } : {}),
    ...(added.states.length + added.agencies.length > 0
      ? { addedAddressees: { states: [...added.states], agencies: [...added.agencies] } }
      : {}),
  };
}
