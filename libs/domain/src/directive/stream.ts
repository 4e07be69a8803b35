export const DIRECTIVE_STREAM_PREFIX = 'directive-';

export const directiveStreamId = (directiveId: string): string => `${DIRECTIVE_STREAM_PREFIX}${directiveId}`;

/** The directive id of a `directive-<uuid>` stream, or undefined for a stream of another aggregate. */
export const directiveIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(DIRECTIVE_STREAM_PREFIX) ? streamId.slice(DIRECTIVE_STREAM_PREFIX.length) : undefined;
