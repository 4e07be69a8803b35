import {
  ANY,
  NO_STREAM,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type CurrentRevision,
} from '@eventstore/db-client';
import { StreamNotFound, WrongExpectedRevision, type ExpectedRevision } from '../port';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return expected;
}

/** `throwOnAppendFailure=false` in a connection string reports a conflict as -1 instead of throwing. */
export function fromEsdbCurrentRevision(current: CurrentRevision): 'no_stream' | bigint {
  return current === NO_STREAM || current === -1n ? 'no_stream' : current;
}

export function wrongRevision(streamId: string, expected: ExpectedRevision, current: CurrentRevision) {
  return new WrongExpectedRevision(streamId, expected, fromEsdbCurrentRevision(current));
}

/** The client's conflict as ours; anything else (transport, access, size) is rethrown untouched. */
export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError)
    return wrongRevision(streamId, expected, error.actualVersion);
  return error;
}

/** We never delete streams; one deleted by another tool reads as absent, as in the PostgreSQL adapter. */
export function mapReadError(error: unknown, streamId: string): unknown {
  if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError)
    return new StreamNotFound(streamId);
  return error;
}
