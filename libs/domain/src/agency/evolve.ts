import { assertNever } from '../shared';
import { AgencyEvent } from './events';
import { AgencyState } from './state';

export function evolve(state: AgencyState, event: AgencyEvent): AgencyState {
  switch (event.type) {
    case 'AgencyRegistered': {
      const { code, name, kind } = event.data;
      return { status: 'registered', code, name, kind, state: event.data.state };
    }
    case 'AgencyRenamed':
      // decide never renames an unregistered agency; a replay of a damaged stream folds to nothing rather than throw.
      return state.status === 'registered' ? { ...state, name: event.data.name } : state;
    default:
      return assertNever(event);
  }
}
