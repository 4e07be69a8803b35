export const REPORT_STREAM_PREFIX = 'report-';

export const reportStreamId = (reportId: string): string => `${REPORT_STREAM_PREFIX}${reportId}`;
