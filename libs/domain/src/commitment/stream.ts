export const COMMITMENT_STREAM_PREFIX = 'commitment-';

export const commitmentStreamId = (commitmentId: string): string =>
  `${COMMITMENT_STREAM_PREFIX}${commitmentId}`;

/** The commitment id of a `commitment-<uuid>` stream, or undefined for a stream of another aggregate. */
export const commitmentIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(COMMITMENT_STREAM_PREFIX) ? streamId.slice(COMMITMENT_STREAM_PREFIX.length) : undefined;
