export const TASKING_STREAM_PREFIX = 'tasking-';

export const taskingStreamId = (taskingId: string): string => `${TASKING_STREAM_PREFIX}${taskingId}`;

/** The tasking id of a `tasking-<uuid>` stream, or undefined for a stream of another aggregate. */
export const taskingIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(TASKING_STREAM_PREFIX) ? streamId.slice(TASKING_STREAM_PREFIX.length) : undefined;
