import { v5 as uuidv5 } from 'uuid';
import { DueAcknowledgement } from './due-acknowledgements';

/**
 * The UUID v5 namespace of overdue marks' command ids. Fixed forever: with another namespace a restarted
 * or second process manager would present new event ids, and a mark could land twice.
 */
export const OVERDUE_COMMAND_NAMESPACE = '6b1f2d0e-4a57-4c1e-9f0b-8d3c2a7e5b14';

/**
 * One command id per addressee, revision and directive, whoever sends it and however often: its event id
 * (eventId(commandId, 0)) is then the same too, and the store keeps only the first append.
 */
export const overdueCommandId = ({
  directiveId,
  addressee,
  revision,
}: Pick<DueAcknowledgement, 'directiveId' | 'addressee' | 'revision'>): string =>
  uuidv5(`${directiveId}:${addressee.kind}:${addressee.code}:${revision}`, OVERDUE_COMMAND_NAMESPACE);
