import { addFigures, emptyFigures, incidentFigures, reportedByAgency, TallyFigures } from '@hstf/domain';
import { AGENCY_TALLY_PREFIX, IncidentRow, talliesOf } from './incident-row';

/** The figures of one tally ('national', 'state:TX', 'agency:FBI'), kept as incidents move in and out. */
export interface CountsRow {
  readonly scope: string;
  readonly figures: TallyFigures;
  /** The incidents counted in it: the number of its sources. */
  readonly incidents: number;
}

export interface CountMove {
  readonly scope: string;
  readonly figures: TallyFigures;
  readonly sign: 1 | -1;
}

/**
 * What an incident's change does to the counts: it leaves every tally it was in with what it added there,
 * and enters every tally it is in now with what it adds now. Taking the old figures out whole, rather than
 * adding a difference, keeps a tally it leaves (an agency whose report of it was withdrawn) exact.
 */
export function countMoves(before: IncidentRow | undefined, after: IncidentRow | undefined): CountMove[] {
  return [
    ...talliesOf(before).map((scope) => ({ scope, figures: figuresIn(scope, before), sign: -1 as const })),
    ...talliesOf(after).map((scope) => ({ scope, figures: figuresIn(scope, after), sign: 1 as const })),
  ];
}

/**
 * What the incident adds to one tally: all of it to the nation's and its state's, and to an agency's only
 * what that agency reported (the DEA's seizure at an arrest the FBI made adds the seizure, not the arrest).
 */
function figuresIn(scope: string, row: IncidentRow | undefined): TallyFigures {
  if (row?.merged === undefined) return emptyFigures();
  if (!scope.startsWith(AGENCY_TALLY_PREFIX)) return incidentFigures(row.merged);
  return incidentFigures(reportedByAgency(row.merged, scope.slice(AGENCY_TALLY_PREFIX.length)));
}

export function moveCount(row: CountsRow | undefined, move: CountMove): CountsRow {
  const figures = row?.figures ?? emptyFigures();
  return {
    scope: move.scope,
    figures: addFigures(figures, move.figures, move.sign),
    incidents: (row?.incidents ?? 0) + move.sign,
  };
}
