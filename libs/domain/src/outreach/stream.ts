export const OUTREACH_STREAM_PREFIX = 'outreach-';

export const outreachStreamId = (outreachId: string): string => `${OUTREACH_STREAM_PREFIX}${outreachId}`;

/** The outreach id of an `outreach-<uuid>` stream, or undefined for a stream of another aggregate. */
export const outreachIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(OUTREACH_STREAM_PREFIX) ? streamId.slice(OUTREACH_STREAM_PREFIX.length) : undefined;
