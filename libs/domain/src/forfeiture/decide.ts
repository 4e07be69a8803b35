import { assertNever, Decision, reject } from '../shared';
import { ForfeitureCommand } from './commands';
import { ForfeitureEvent } from './events';
import { ForfeitureState } from './state';
import { requireRemissionAuthority, requireSeizingAgency, requireVictimServices } from './rules/actors';
import { openForfeiture } from './rules/open-forfeiture';
import { denyPetition, filePetition, grantPetition, payPetition, reviewPetition } from './rules/petitions';
import { placeInPool } from './rules/place-in-pool';
import { recordOrder } from './rules/record-order';

const ACTS = {
  PlaceInRemissionPool: 'place money in the remission pool',
  ReviewRemissionPetition: 'review a remission petition',
  GrantRemissionPetition: 'grant a remission petition',
  DenyRemissionPetition: 'deny a remission petition',
  PayRemissionPetition: 'pay a remission petition',
};

export function decide(command: ForfeitureCommand, state: ForfeitureState): Decision<ForfeitureEvent> {
  if (command.type === 'OpenForfeiture') return openForfeiture(command, state);
  const { forfeitureId } = command.data;
  if (state.status === 'none')
    return reject('FORFEITURE_NOT_FOUND', `Forfeiture ${forfeitureId} has not been opened.`);
  switch (command.type) {
    case 'RecordForfeitureOrder':
      return (
        requireSeizingAgency(state.seizingAgency, command.meta, 'record the order of', forfeitureId) ??
        recordOrder(command, state)
      );
    case 'FileRemissionPetition':
      return requireVictimServices(command.meta, forfeitureId) ?? filePetition(command, state);
    case 'PlaceInRemissionPool':
      return (
        requireRemissionAuthority(command.meta, ACTS[command.type], forfeitureId) ??
        placeInPool(command, state)
      );
    case 'ReviewRemissionPetition':
      return (
        requireRemissionAuthority(command.meta, ACTS[command.type], forfeitureId) ??
        reviewPetition(command, state)
      );
    case 'GrantRemissionPetition':
      return (
        requireRemissionAuthority(command.meta, ACTS[command.type], forfeitureId) ??
        grantPetition(command, state)
      );
    case 'DenyRemissionPetition':
      return (
        requireRemissionAuthority(command.meta, ACTS[command.type], forfeitureId) ??
        denyPetition(command, state)
      );
    case 'PayRemissionPetition':
      return (
        requireRemissionAuthority(command.meta, ACTS[command.type], forfeitureId) ??
        payPetition(command, state)
      );
    default:
      return assertNever(command);
  }
}
