import type { SqlClient } from '@hstf/event-store';
import { feedProjection } from '../projections/feed/feed.projection';
import { CATALOG_SCHEMA } from '../store/read-model-catalog';

/**
 * A condition every read of `feed.feed_items` adds: the live items were written by this build's version of
 * the feed projection. Version 1 wrote every agency's words into every audience's items; a data directory
 * upgraded without `hstf projections rebuild feed` must show no items rather than those.
 */
export const FEED_ITEMS_ARE_CURRENT = `EXISTS (SELECT 1 FROM ${CATALOG_SCHEMA}.projection_versions
  WHERE projection = '${feedProjection.name}' AND definition_version = ${feedProjection.version})`;

export interface FeedEntry {
  /** The event's global position, as a string: the SSE id a client resumes after (Last-Event-ID). */
  readonly position: string;
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly summary: string;
  readonly data: unknown;
  readonly occurredAt: string | null;
  readonly recordedAt: string | null;
}

export interface FeedOptions {
  /** Exclusive; default: from the beginning. */
  readonly afterPosition?: bigint;
  /** Default 100, at most 1000. */
  readonly limit?: number;
}

interface FeedRow {
  position: string;
  event_id: string;
  type: string;
  stream_id: string;
  summary: string;
  data: unknown;
  occurred_at: Date | string | null;
  recorded_at: Date | string | null;
}

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

export const clampLimit = (limit: number | undefined, fallback = 100, max = 1000): number =>
  Math.min(Math.max(Math.trunc(limit ?? fallback), 1), max);

/** One audience's feed in event order: 'command-center', 'state:TX' or 'agency:FBI'. */
export async function feed(
  sql: SqlClient,
  audience: string,
  options: FeedOptions = {},
): Promise<FeedEntry[]> {
  const rows = await sql.query<FeedRow>(
    `SELECT position::text AS position, event_id, type, stream_id, summary, data, occurred_at, recorded_at
       FROM feed.feed_items
      WHERE audience = $1 AND position > $2::bigint AND ${FEED_ITEMS_ARE_CURRENT}
      ORDER BY feed_items.position -- the column, not the text output of the same name ("100" < "99")
      LIMIT $3`,
    [audience, (options.afterPosition ?? -1n).toString(), clampLimit(options.limit)],
  );
  return rows.map((r) => ({
    position: r.position,
    eventId: r.event_id,
    type: r.type,
    streamId: r.stream_id,
    summary: r.summary,
    data: r.data,
    occurredAt: iso(r.occurred_at),
    recordedAt: iso(r.recorded_at),
  }));
}
