import {
  CampaignState,
  evolveOutreach,
  initialOutreachState,
  OutreachEvent,
  outreachScope,
  Scope,
  SeminarState,
  TipChannel,
} from '@hstf/domain';
import {
  addOutreachFigures,
  campaignFigures,
  emptyOutreachFigures,
  OutreachFigures,
  seminarFigures,
} from './outreach-figures';

/** A tip that led somewhere: the tasking it led to, or the operation report it fed. */
export interface LinkedTip {
  readonly tip: string;
  readonly channel: TipChannel;
  readonly taskingId?: string;
  readonly reportId?: string;
}

/**
 * A campaign as the decider folds it, with what it adds up to and the tips it led somewhere. Its tips list
 * stays in the document for the next event's fold; the queries answer the figures, not the list.
 */
export interface CampaignRow extends CampaignState {
  readonly scope: Scope;
  readonly figures: OutreachFigures;
  readonly linked: readonly LinkedTip[];
}

export interface SeminarRow extends SeminarState {
  readonly scope: Scope;
}

const campaignOf = ({ scope: _s, figures: _f, linked: _l, ...campaign }: CampaignRow): CampaignState =>
  campaign;
const seminarOf = ({ scope: _s, ...seminar }: SeminarRow): SeminarState => seminar;

export function evolveCampaignRow(
  row: CampaignRow | undefined,
  event: OutreachEvent,
): CampaignRow | undefined {
  const next = evolveOutreach(row === undefined ? initialOutreachState : campaignOf(row), event);
  if (next.kind !== 'campaign') return row;
  return {
    ...next,
    scope: outreachScope(next),
    figures: campaignFigures(next),
    linked: next.tips
      .filter((t) => t.status === 'linked')
      .map(({ tip, channel, taskingId, reportId }) => ({
        tip,
        channel,
        ...(taskingId === undefined ? {} : { taskingId }),
        ...(reportId === undefined ? {} : { reportId }),
      })),
  };
}

export function evolveSeminarRow(row: SeminarRow | undefined, event: OutreachEvent): SeminarRow | undefined {
  const next = evolveOutreach(row === undefined ? initialOutreachState : seminarOf(row), event);
  return next.kind === 'seminar' ? { ...next, scope: outreachScope(next) } : row;
}

/** The figures a seminar row adds (none before it is held). */
export const figuresOfSeminar = (row: SeminarRow | undefined): OutreachFigures | undefined =>
  row === undefined ? undefined : seminarFigures(seminarOf(row));

export const NATIONAL_OUTREACH = 'national';
export const STATE_OUTREACH_PREFIX = 'state:';
export const stateOutreach = (state: string): string => `${STATE_OUTREACH_PREFIX}${state}`;

/** The figures of the nation or of a state: 'national', 'state:TX'. */
export interface OutreachFiguresRow {
  readonly scope: string;
  readonly figures: OutreachFigures;
}

/**
 * What a change of one campaign or seminar does to the figures it is counted in (its state's and the
 * nation's): out goes what it added before, in what it adds now, so the figures stay the sum of their parts.
 */
export function moveFigures(
  row: OutreachFiguresRow | undefined,
  scope: string,
  before: OutreachFigures | undefined,
  after: OutreachFigures | undefined,
): OutreachFiguresRow {
  let figures = row?.figures ?? emptyOutreachFigures();
  if (before) figures = addOutreachFigures(figures, before, -1);
  if (after) figures = addOutreachFigures(figures, after, 1);
  return { scope, figures };
}
