import { v5 as uuidv5 } from 'uuid';

/**
 * The UUID v5 namespace of HSTF event ids. Fixed forever: changing it would give a retried command new ids
 * and the store would append its events a second time.
 */
export const EVENT_ID_NAMESPACE = '582fc80e-297c-4c44-8649-f6dc648bba3c';

/**
 * The id of the `index`-th event (0-based) a command produced. Deterministic, so a retry of the same command
 * presents the same ids and the store's idempotent append writes nothing new.
 */
export function eventId(commandId: string, index: number): string {
  if (commandId.length === 0) throw new RangeError('eventId needs a command id');
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`eventId index must be a non-negative integer, got ${index}`);
  }
  return uuidv5(`${commandId}:${index}`, EVENT_ID_NAMESPACE);
}
