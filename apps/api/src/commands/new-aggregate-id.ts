import { v5 as uuidv5 } from 'uuid';
import { CommandContext } from './command-context';

// Namespace for aggregate ids derived from command ids (a fixed, project-specific UUID).
const AGGREGATE_ID_NAMESPACE = '0b5d3c2a-7e41-5a9f-8c6d-4e3f2a1b0c9d';

/**
 * The id of an aggregate a command creates, when the client did not choose one. Derived from the command
 * id, so a retried create (same Idempotency-Key) lands on the same stream and appends nothing new.
 */
export const newAggregateId = (context: CommandContext, kind: string): string =>
  uuidv5(`${kind}:${context.commandId}`, AGGREGATE_ID_NAMESPACE);
