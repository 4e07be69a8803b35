import { evolveCommitmentRow } from '../rows/commitment-row';
import { evolveDirectiveRow } from '../rows/directive-row';
import { evolveTaskingRow } from '../rows/tasking-row';
import {
  acknowledgedBy,
  assigned,
  foldRows,
  issued,
  pledged,
  rescinded,
  taskingEvent,
} from '../testing/domain-events.fixtures';
import { inboxEntries } from './inbox-entries';

const directive = (events: Parameters<typeof evolveDirectiveRow>[1][]) => ({
  kind: 'directive' as const,
  row: foldRows(evolveDirectiveRow, events)!,
});

describe('inbox entries', () => {
  it('give each addressed agency a directive with its own acknowledgement; a state addressee is no agency', () => {
    const entries = inboxEntries(directive([issued, acknowledgedBy('FBI')]), 42n);
    expect(entries.map((e) => [e.agency, e.role, e.status])).toEqual([
      ['FBI', 'addressee', 'acknowledged'],
      ['CBP', 'addressee', 'awaiting'],
    ]);
    expect(entries[0]).toMatchObject({ itemKey: `directive:${issued.data.directiveId}`, position: 42n });
    expect(entries[0].acknowledgement?.acknowledgement?.acknowledgedBy).toBe('FBI');
  });

  it('show a closed directive as closed rather than awaiting', () => {
    expect(inboxEntries(directive([issued, rescinded]), 1n).map((e) => e.status)).toEqual([
      'rescinded',
      'rescinded',
    ]);
  });

  it('give a tasking to its lead and to each supporter, and to none an agency the reassignment released', () => {
    const item = (events: Parameters<typeof evolveTaskingRow>[1][]) => ({
      kind: 'tasking' as const,
      row: foldRows(evolveTaskingRow, events)!,
    });
    expect(inboxEntries(item([assigned]), 1n).map((e) => [e.agency, e.role])).toEqual([
      ['ICE-HSI', 'lead'],
      ['FBI', 'supporting'],
      ['TX-DPS', 'supporting'],
    ]);
    const { declined, reassigned } = taskingEvent;
    expect(inboxEntries(item([assigned, declined, reassigned]), 2n).map((e) => [e.agency, e.role])).toEqual([
      ['CBP', 'lead'],
      ['FBI', 'supporting'],
    ]);
  });

  it('give a commitment to the agency that pledged it', () => {
    const item = { kind: 'commitment' as const, row: foldRows(evolveCommitmentRow, [pledged])! };
    expect(inboxEntries(item, 3n).map((e) => [e.agency, e.role, e.status])).toEqual([
      ['DEA', 'pledging', 'pledged'],
    ]);
  });
});
