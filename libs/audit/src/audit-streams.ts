/**
 * Streams the audit writes beside the domain's: the access log (one stream per UTC day, so that a day's
 * records are read by stream id and the lock every append takes is a different row each day) and the
 * signed checkpoints of the global log. They hold audit records, not domain facts: fan-out, projections and
 * "everything the domain recorded" must leave them out, by these prefixes.
 */
export const ACCESS_STREAM_PREFIX = 'access-';
export const CHECKPOINT_STREAM_ID = 'audit-checkpoints';
export const AUDIT_STREAM_PREFIXES: readonly string[] = [ACCESS_STREAM_PREFIX, 'audit-'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `access-2026-03-01` for any instant of that UTC day. */
export function accessStreamId(at: string | Date): string {
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date and time: ${String(at)}`);
  return `${ACCESS_STREAM_PREFIX}${instant.toISOString().slice(0, 10)}`;
}

/** The access streams of every UTC day from `from` to `to`, both included, in order. */
export function accessStreamIds(from: Date, to: Date): string[] {
  const ids: string[] = [];
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  for (; day.getTime() <= to.getTime(); day.setUTCDate(day.getUTCDate() + 1)) ids.push(accessStreamId(day));
  return ids;
}

export const isAccessStreamId = (streamId: string): boolean =>
  streamId.startsWith(ACCESS_STREAM_PREFIX) && DAY.test(streamId.slice(ACCESS_STREAM_PREFIX.length));

export const isAuditStreamId = (streamId: string): boolean =>
  AUDIT_STREAM_PREFIXES.some((prefix) => streamId.startsWith(prefix));
