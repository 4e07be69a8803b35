import { addFigures, emptyFigures, incidentFigures, TallyFigures } from '@hstf/domain';
import { IncidentRow, talliesOf } from './incident-row';

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
  const out = incidentFigures(before?.merged);
  const into = incidentFigures(after?.merged);
  return [
    ...talliesOf(before).map((scope) => ({ scope, figures: out, sign: -1 as const })),
    ...talliesOf(after).map((scope) => ({ scope, figures: into, sign: 1 as const })),
  ];
}

export function moveCount(row: CountsRow | undefined, move: CountMove): CountsRow {
  const figures = row?.figures ?? emptyFigures();
  return {
    scope: move.scope,
    figures: addFigures(figures, move.figures, move.sign),
    incidents: (row?.incidents ?? 0) + move.sign,
  };
}
