import { Inject, Injectable } from '@nestjs/common';
import { isAuditStreamId } from '@hstf/audit';
import type { SqlClient } from '@hstf/event-store';
import { FEED_ITEMS_ARE_CURRENT, FeedEntry, fromReadModel, WITNESS_AUDIENCES } from '@hstf/projections';
import { SQL_DATABASE } from '@hstf/event-store';

/** A feed item of one audience, as the shared poller fans it out. */
export interface AudienceEntry extends FeedEntry {
  readonly audience: string;
}

export interface ItemPage {
  readonly entries: AudienceEntry[];
  /** Rows read, audit records included: fewer than the limit means the range is exhausted. */
  readonly rows: number;
  /** Position of the last row read, where the next page starts. */
  readonly last: bigint | undefined;
}

interface ItemRow {
  audience: string;
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

// Positions travel as text (a bigint exceeds a JS number), under their own name. ORDER BY prefers an
// output column's name to an input column's, so every ORDER BY below names the table's column: ordered as
// text, "100…" sorts before "99…", and the poller would drop the lower item as already handed out.
const COLUMNS = `audience, position::text AS position, event_id, type, stream_id, summary, data,
                 occurred_at, recorded_at`;

/**
 * The reads the feeds need beyond ReadModelQueries.feed: several audiences in one query (one query per
 * poll for every client of the process), and the positions the delivery horizon is worked out from.
 * The audit's own records are never feed items, whether or not the projection wrote them.
 */
@Injectable()
export class FeedItemReader {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlClient) {}

  /** Items of these audiences in (after, upTo], in position order, at most `limit` rows. */
  async itemsOf(audiences: readonly string[], after: bigint, upTo: bigint, limit: number): Promise<ItemPage> {
    const rows = await fromReadModel('feed', () =>
      this.sql.query<ItemRow>(
        `SELECT ${COLUMNS} FROM feed.feed_items
          WHERE audience = ANY($1::text[]) AND position > $2::bigint AND position <= $3::bigint
            AND ${FEED_ITEMS_ARE_CURRENT}
          ORDER BY feed_items.position, feed_items.audience
          LIMIT $4`,
        [audiences, after.toString(), upTo.toString(), limit],
      ),
    );
    const entries = rows
      .filter((row) => !isAuditStreamId(row.stream_id))
      .map((row) => ({
        audience: row.audience,
        position: row.position,
        eventId: row.event_id,
        type: row.type,
        streamId: row.stream_id,
        summary: row.summary,
        data: row.data,
        occurredAt: iso(row.occurred_at),
        recordedAt: iso(row.recorded_at),
      }));
    const last = rows.at(-1);
    return { entries, rows: rows.length, last: last ? BigInt(last.position) : undefined };
  }

  /** The newest item of an audience: where a client without Last-Event-ID starts ("from now on"). */
  async latestPosition(audience: string): Promise<bigint> {
    const [row] = await fromReadModel('feed', () =>
      this.sql.query<{ position: string | null }>(
        `SELECT max(position)::text AS position FROM feed.feed_items WHERE audience = $1`,
        [audience],
      ),
    );
    return row?.position ? BigInt(row.position) : -1n;
  }

  /**
   * Which of these events the feed projection has applied. Every event it applies gives the command
   * center or, for a victim's record, its supervision an item (feedAudiences names one of them), so that
   * those two audiences answer for all.
   */
  async applied(positions: readonly bigint[]): Promise<Set<bigint>> {
    if (positions.length === 0) return new Set();
    const rows = await fromReadModel('feed', () =>
      this.sql.query<{ position: string }>(
        `SELECT position::text AS position FROM feed.feed_items
          WHERE audience = ANY($1::text[]) AND position = ANY($2::bigint[])`,
        [WITNESS_AUDIENCES, positions.map(String)],
      ),
    );
    return new Set(rows.map((row) => BigInt(row.position)));
  }

  /** The position of the witness item `back` items before the newest; -1 when there are fewer. */
  async positionBack(back: number): Promise<bigint> {
    const [row] = await fromReadModel('feed', () =>
      this.sql.query<{ position: string }>(
        `SELECT position::text AS position FROM feed.feed_items WHERE audience = ANY($1::text[])
          ORDER BY feed_items.position DESC OFFSET $2 LIMIT 1`,
        [WITNESS_AUDIENCES, back],
      ),
    );
    return row ? BigInt(row.position) : -1n;
  }
}
