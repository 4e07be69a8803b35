import type { SqlClient } from '@hstf/event-store';
import { Audience, Scope, SeminarFormat } from '@hstf/domain';
import { emptyOutreachFigures, OutreachFigures } from '../rows/outreach-figures';
import {
  CampaignRow,
  LinkedTip,
  NATIONAL_OUTREACH,
  OutreachFiguresRow,
  SeminarRow,
  STATE_OUTREACH_PREFIX,
  stateOutreach,
} from '../rows/outreach-rows';
import { clampLimit } from './feed-query';
import { Page } from './list-queries';
import { projectionPosition } from './position-queries';

export const OUTREACH = 'outreach';

/** A campaign as listed: who runs it, its figures and where its tips led (not the tips themselves). */
export interface CampaignSummary {
  readonly outreachId: string;
  readonly state: string;
  readonly name: string;
  readonly partners: readonly string[];
  readonly launchedAt: string;
  readonly scope: Scope;
  readonly placements: CampaignRow['placements'];
  readonly figures: OutreachFigures;
  readonly linked: readonly LinkedTip[];
}

export interface CampaignList {
  readonly asOf: { readonly position: string };
  readonly campaigns: Page<CampaignSummary>;
}

export interface CampaignFilter {
  readonly state?: string;
  /**
   * Only the campaigns a liaison may read: of one of these states, or with its agency among CCHT and the
   * partners. Absent for the command center, which reads them all.
   */
  readonly readableBy?: { readonly states: readonly string[]; readonly agency?: string };
  /** The `next` of the previous page: a campaign id. */
  readonly after?: string;
  /** Default 100, at most 1000. */
  readonly limit?: number;
}

export interface SeminarSummary {
  readonly outreachId: string;
  readonly format: SeminarFormat;
  readonly audience: Audience;
  readonly venue: string;
  readonly heldAt: string;
  readonly attendance: SeminarRow['attendance'];
}

export interface OutreachFiguresAnswer {
  /** 'national' or 'state:TX'. */
  readonly scope: string;
  readonly asOf: { readonly position: string };
  readonly figures: OutreachFigures;
  /** The nation's figures list each state's. */
  readonly states?: readonly { readonly state: string; readonly figures: OutreachFigures }[];
  /** A state's figures list its latest seminars, latest first (at most 100). */
  readonly seminars?: readonly SeminarSummary[];
}

export const summaryOf = (row: Omit<CampaignRow, 'tips'>): CampaignSummary => ({
  outreachId: row.outreachId,
  state: row.taskForce,
  name: row.name,
  partners: row.partners,
  launchedAt: row.launchedAt,
  scope: row.scope,
  placements: row.placements,
  figures: row.figures,
  linked: row.linked,
});

/** Campaigns in id order, of a state or all, as far as the caller may read them. */
export async function outreachCampaigns(sql: SqlClient, filter: CampaignFilter = {}): Promise<CampaignList> {
  const limit = clampLimit(filter.limit);
  const params: unknown[] = [filter.after ?? ''];
  const conditions = ['c.id > $1'];
  if (filter.state !== undefined) {
    params.push(filter.state);
    conditions.push(`c.state = $${params.length}`);
  }
  if (filter.readableBy !== undefined) {
    const { states, agency } = filter.readableBy;
    params.push([...states]);
    const byState = `c.state = ANY($${params.length}::text[])`;
    params.push(agency ?? null);
    conditions.push(`(${byState} OR c.agencies @> ARRAY[$${params.length}::text])`);
  }
  params.push(limit);
  // The tips stay in the document for the projection's fold; a list answers their figures.
  const rows = await sql.query<{ doc: Omit<CampaignRow, 'tips'> }>(
    `SELECT c.doc - 'tips' AS doc FROM outreach.campaigns AS c
      WHERE ${conditions.join(' AND ')} ORDER BY c.id LIMIT $${params.length}`,
    params,
  );
  const position = await projectionPosition(sql, OUTREACH);
  const items = rows.map((r) => summaryOf(r.doc));
  return {
    asOf: { position: position.toString() },
    campaigns: rows.length === limit ? { items, next: items[items.length - 1].outreachId } : { items },
  };
}

const seminarOf = (row: SeminarRow): SeminarSummary => ({
  outreachId: row.outreachId,
  format: row.format,
  audience: row.audience,
  venue: row.venue,
  heldAt: row.heldAt,
  attendance: row.attendance,
});

/** The nation's figures with each state's, or one state's with its latest seminars. */
export async function outreachFigures(sql: SqlClient, state?: string): Promise<OutreachFiguresAnswer> {
  const scope = state === undefined ? NATIONAL_OUTREACH : stateOutreach(state);
  const rows = await sql.query<{ doc: OutreachFiguresRow }>(
    state === undefined
      ? `SELECT doc FROM outreach.figures WHERE id = $1 OR id LIKE $2 ORDER BY id`
      : `SELECT doc FROM outreach.figures WHERE id = $1`,
    state === undefined ? [scope, `${STATE_OUTREACH_PREFIX}%`] : [scope],
  );
  const seminars =
    state === undefined
      ? undefined
      : await sql.query<{ doc: SeminarRow }>(
          `SELECT doc FROM outreach.seminars WHERE state = $1 ORDER BY held_at DESC, id LIMIT 100`,
          [state],
        );
  const position = await projectionPosition(sql, OUTREACH);
  const own = rows.find((r) => r.doc.scope === scope)?.doc.figures ?? emptyOutreachFigures();
  return {
    scope,
    asOf: { position: position.toString() },
    figures: own,
    ...(state === undefined
      ? {
          states: rows
            .filter((r) => r.doc.scope.startsWith(STATE_OUTREACH_PREFIX))
            .map((r) => ({ state: r.doc.scope.slice(STATE_OUTREACH_PREFIX.length), figures: r.doc.figures })),
        }
      : { seminars: (seminars ?? []).map((r) => seminarOf(r.doc)) }),
  };
}
