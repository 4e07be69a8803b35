import {
  emptyFigures,
  evolveReport,
  incidentFigures,
  incidentsInReport,
  initialReportState,
} from '@hstf/domain';
import { ReportEvent } from '@hstf/domain';
import { arrest, reportStream, SWEEP, TX_A } from '../testing/report-events.fixtures';
import { evolveIncidentRow, IncidentRow, talliesOf } from './incident-row';
import { ReportRow } from './report-row';
import { countMoves, CountsRow, moveCount } from './tally-counts';

const sweep = reportStream(SWEEP);
const opened = sweep.opened();
const reported = sweep.arrests('FBI', [arrest(TX_A)]);
const charged = sweep.charged([TX_A]);

const fold = (events: readonly { type: string; data: unknown }[]): ReportRow =>
  events.reduce((state, e) => evolveReport(state, e as ReportEvent), initialReportState) as ReportRow;

const rowAfter = (row: IncidentRow | undefined, events: (typeof reported)[]): IncidentRow => {
  const report = fold([opened, ...events]);
  const source = events[events.length - 1];
  return evolveIncidentRow(row, TX_A, {
    report,
    record: incidentsInReport(report, new Set([TX_A])).get(TX_A),
    source: { eventId: source.id, type: source.type, reportId: SWEEP, globalPosition: '1' },
  });
};

describe('the counts of the tallies', () => {
  it('has an incident leave every tally it was in with its old figures, and enter the ones it is in', () => {
    const before = rowAfter(undefined, [reported]);
    const after = rowAfter(before, [reported, charged]);
    expect(talliesOf(after)).toEqual(['national', 'state:TX', 'agency:FBI']);
    expect(countMoves(before, after)).toEqual([
      ...talliesOf(before).map((scope) => ({ scope, figures: incidentFigures(before.merged), sign: -1 })),
      ...talliesOf(after).map((scope) => ({ scope, figures: incidentFigures(after.merged), sign: 1 })),
    ]);
  });

  it('comes back to what it was when an incident goes out again', () => {
    const row = rowAfter(undefined, [reported]);
    const [move] = countMoves(undefined, row);
    const start: CountsRow = { scope: 'national', figures: emptyFigures(), incidents: 0 };
    const back = moveCount(moveCount(start, move), { ...move, sign: -1 });
    expect(back).toEqual(start);
    expect(moveCount(undefined, move)).toEqual({ scope: 'national', figures: move.figures, incidents: 1 });
  });

  it('keeps an event among the sources once, applied twice', () => {
    const once = rowAfter(undefined, [reported]);
    const twice = rowAfter(once, [reported]);
    expect(twice.sources).toHaveLength(1);
  });

  it('counts an incident no report holds any more in no tally', () => {
    const row = rowAfter(undefined, [reported]);
    const gone = evolveIncidentRow(row, TX_A, {
      report: fold([opened]),
      record: undefined,
      source: { eventId: 'e2', type: 'ReportRevised', reportId: SWEEP, globalPosition: '2' },
    });
    expect(talliesOf(gone)).toEqual([]);
    expect(countMoves(row, gone).map((m) => m.sign)).toEqual([-1, -1, -1]);
  });
});
