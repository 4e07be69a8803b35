import {
  AUDIENCES,
  Audience,
  CampaignState,
  PLACEMENT_KINDS,
  PlacementKind,
  SeminarState,
  TIP_CHANNELS,
  TIP_STATUSES,
  TipChannel,
  TipStatus,
} from '@hstf/domain';

/** What a state's (or the nation's) outreach adds up to: each figure a whole count, never negative. */
export interface OutreachFigures {
  readonly campaigns: number;
  readonly posters: {
    /** Posters hanging now, in all and per kind of placement. */
    readonly up: number;
    readonly placed: number;
    readonly removed: number;
    readonly upAt: Readonly<Record<PlacementKind, number>>;
  };
  /** QR scans counted, in all and per kind of placement (station, train). */
  readonly scans: { readonly total: number; readonly at: Readonly<Record<PlacementKind, number>> };
  readonly tips: {
    readonly total: number;
    /** Each tip under the status it stands at now: a linked tip is not also counted as triaged. */
    readonly byStatus: Readonly<Record<TipStatus, number>>;
    /** The same per channel it came by. */
    readonly byChannel: Readonly<Record<TipChannel, Readonly<Record<TipStatus, number>>>>;
    readonly linkedToTaskings: number;
    readonly linkedToReports: number;
  };
  readonly seminars: SeminarFigures & { readonly byAudience: Readonly<Record<Audience, SeminarFigures>> };
}

export interface SeminarFigures {
  readonly held: number;
  readonly attendees: number;
  readonly frontLineStaff: number;
}

const each = <K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;

const noSeminars = (): SeminarFigures => ({ held: 0, attendees: 0, frontLineStaff: 0 });
const noStatuses = (): Record<TipStatus, number> => each(TIP_STATUSES, () => 0);

export function emptyOutreachFigures(): OutreachFigures {
  return {
    campaigns: 0,
    posters: { up: 0, placed: 0, removed: 0, upAt: each(PLACEMENT_KINDS, () => 0) },
    scans: { total: 0, at: each(PLACEMENT_KINDS, () => 0) },
    tips: {
      total: 0,
      byStatus: noStatuses(),
      byChannel: each(TIP_CHANNELS, noStatuses),
      linkedToTaskings: 0,
      linkedToReports: 0,
    },
    seminars: { ...noSeminars(), byAudience: each(AUDIENCES, noSeminars) },
  };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** What one campaign adds to its state's and the nation's figures. */
export function campaignFigures(campaign: CampaignState): OutreachFigures {
  const empty = emptyOutreachFigures();
  const { placements, tips } = campaign;
  const ofKind = (kind: PlacementKind) => placements.filter((p) => p.placement === kind);
  const count = (status: TipStatus, channel?: TipChannel) =>
    tips.filter((t) => t.status === status && (channel === undefined || t.channel === channel)).length;
  return {
    ...empty,
    campaigns: 1,
    posters: {
      up: sum(placements.map((p) => p.posters)),
      placed: sum(placements.map((p) => p.placed)),
      removed: sum(placements.map((p) => p.removed)),
      upAt: each(PLACEMENT_KINDS, (kind) => sum(ofKind(kind).map((p) => p.posters))),
    },
    scans: {
      total: sum(placements.map((p) => p.scans)),
      at: each(PLACEMENT_KINDS, (kind) => sum(ofKind(kind).map((p) => p.scans))),
    },
    tips: {
      total: tips.length,
      byStatus: each(TIP_STATUSES, (status) => count(status)),
      byChannel: each(TIP_CHANNELS, (channel) => each(TIP_STATUSES, (status) => count(status, channel))),
      linkedToTaskings: tips.filter((t) => t.taskingId !== undefined).length,
      linkedToReports: tips.filter((t) => t.reportId !== undefined).length,
    },
  };
}

/** What one seminar adds: once held, its attendance, under its audience. */
export function seminarFigures(seminar: SeminarState): OutreachFigures {
  const empty = emptyOutreachFigures();
  const own: SeminarFigures = { held: 1, ...seminar.attendance };
  return {
    ...empty,
    seminars: { ...own, byAudience: { ...empty.seminars.byAudience, [seminar.audience]: own } },
  };
}

type Numbers = number | { readonly [key: string]: Numbers };

/** Every count of `a` plus `sign` times the same count of `b`: the figures of two shapes alike. */
function addNumbers<T extends Numbers>(a: T, b: T, sign: 1 | -1): T {
  if (typeof a === 'number') return (a + sign * (b as number)) as T;
  const other = b as { readonly [key: string]: Numbers };
  return Object.fromEntries(
    Object.entries(a).map(([key, value]) => [key, addNumbers(value, other[key] ?? zeroLike(value), sign)]),
  ) as T;
}

const zeroLike = (value: Numbers): Numbers =>
  typeof value === 'number' ? 0 : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, zeroLike(v)]));

export const addOutreachFigures = (a: OutreachFigures, b: OutreachFigures, sign: 1 | -1): OutreachFigures =>
  addNumbers(a as unknown as Numbers, b as unknown as Numbers, sign) as unknown as OutreachFigures;
