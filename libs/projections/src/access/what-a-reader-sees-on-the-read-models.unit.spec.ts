import type { Reader } from '@hstf/domain';
import type { StateBoard } from '../queries/board-query';
import { evolveCommitmentRow } from '../rows/commitment-row';
import { evolveDirectiveRow } from '../rows/directive-row';
import { evolveTaskingRow } from '../rows/tasking-row';
import {
  acknowledgedBy,
  assigned,
  foldRows,
  issued,
  pledged,
  taskingEvent,
} from '../testing/domain-events.fixtures';
import { readableBoard, readableCommitment, readableTasking } from './readable-rows';

const liaison = (agency: string, states: string[]): Reader => ({
  roles: ['liaison'],
  agency,
  states,
  coLedStates: [],
});
const supervisor: Reader = { roles: ['supervisor'], states: [], coLedStates: [] };

// The fixtures' directive is addressed to TX, FBI and CBP; this one to FBI alone, a TX member.
const toTexas = foldRows(evolveDirectiveRow, [
  issued,
  { ...acknowledgedBy('FBI'), data: { ...acknowledgedBy('FBI').data, note: 'informant (sensitive)' } },
] as never)!;
const toFbiOnly = {
  ...toTexas,
  directiveId: 'fbi-only',
  addressees: { states: [], agencies: ['FBI'] },
};
const tasking = foldRows(evolveTaskingRow, [
  assigned,
  taskingEvent.declined,
  taskingEvent.progressed,
] as never)!;
const commitment = foldRows(evolveCommitmentRow, [pledged])!;

const board: StateBoard = {
  state: 'TX',
  taskForce: null,
  openTaskings: { assigned: [], accepted: [], in_progress: [tasking], declined: [] },
  directivesAwaitingAcknowledgement: [
    { directive: toTexas, awaiting: [] },
    { directive: toFbiOnly, awaiting: [{ kind: 'agency', code: 'FBI' }] },
  ],
  commitments: { byKind: [], items: [commitment] },
};

describe('what a reader sees on a state board', () => {
  it('leaves out a directive addressed to a member agency for the liaisons of the other agencies', () => {
    const seen = readableBoard(liaison('CBP', ['TX']), board);
    expect(seen.directivesAwaitingAcknowledgement.map((d) => d.directive.directiveId)).toEqual([
      toTexas.directiveId,
    ]);
    expect(JSON.stringify(seen)).not.toContain('fbi-only');
  });

  it('shows it to the agency it is addressed to, and to the command center', () => {
    for (const reader of [liaison('FBI', ['TX']), supervisor])
      expect(readableBoard(reader, board).directivesAwaitingAcknowledgement).toHaveLength(2);
  });

  it("withholds another agency's words everywhere on the board, and keeps the status they came with", () => {
    const text = JSON.stringify(readableBoard(liaison('CBP', ['TX']), board));
    expect(text).not.toContain('informant');
    expect(text).not.toContain(taskingEvent.progressed.data.summary);
    expect(text).not.toContain(taskingEvent.declined.data.reason);
    expect(text).not.toContain(pledged.data.note as string);
    expect(text).toContain('"percentComplete":40');
  });

  it('keeps every word for the command center', () => {
    expect(readableBoard(supervisor, board)).toEqual(board);
  });
});

describe("an agency's own words", () => {
  it('are read by the agency that wrote them', () => {
    expect(readableTasking(liaison('FBI', ['TX']), tasking).progress?.summary).toBe(
      taskingEvent.progressed.data.summary,
    );
    expect(readableTasking(liaison('ICE-HSI', ['TX']), tasking).lastDecline?.reason).toBe(
      taskingEvent.declined.data.reason,
    );
    expect(readableCommitment(liaison('DEA', ['TX']), commitment).note).toBe(pledged.data.note);
  });

  it('are withheld from the other agencies, who still see who did what and when', () => {
    const seen = readableTasking(liaison('CBP', ['TX']), tasking);
    expect(seen.progress).toEqual({ percentComplete: 40, reportedBy: 'FBI', reportedAt: expect.any(String) });
    expect(seen.lastDecline).toEqual({ by: 'ICE-HSI', at: expect.any(String) });
    expect(readableCommitment(liaison('CBP', ['TX']), commitment)).not.toHaveProperty('note');
  });
});
