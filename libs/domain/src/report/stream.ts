export const REPORT_STREAM_PREFIX = 'report-';

export const reportStreamId = (reportId: string): string => `${REPORT_STREAM_PREFIX}${reportId}`;

/** The report id of a `report-<uuid>` stream, or undefined for a stream of another aggregate. */
export const reportIdOf = (streamId: string): string | undefined =>
  streamId.startsWith(REPORT_STREAM_PREFIX) ? streamId.slice(REPORT_STREAM_PREFIX.length) : undefined;
