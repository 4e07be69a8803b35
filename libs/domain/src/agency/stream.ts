export const AGENCY_STREAM_PREFIX = 'agency-';

/** One stream per registered agency, named by its code: `agency-TX-DPS`. */
export const agencyStreamId = (code: string): string => `${AGENCY_STREAM_PREFIX}${code}`;

/** The agency code of an `agency-<CODE>` stream, or undefined for a stream of another aggregate. */
export const agencyCodeOf = (streamId: string): string | undefined =>
  streamId.startsWith(AGENCY_STREAM_PREFIX) ? streamId.slice(AGENCY_STREAM_PREFIX.length) : undefined;
