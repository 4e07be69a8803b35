export const FORFEITURE_STREAM_PREFIX = 'forfeiture-';

export const forfeitureStreamId = (forfeitureId: string): string =>
  `${FORFEITURE_STREAM_PREFIX}${forfeitureId}`;

/** The forfeiture id of a `forfeiture-<uuid>` stream, or undefined for a stream of another aggregate. */
export const forfeitureIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(FORFEITURE_STREAM_PREFIX) ? streamId.slice(FORFEITURE_STREAM_PREFIX.length) : undefined;
