import { ReadModelQueries } from '@hstf/projections';
import { boardShapeOf, expectedBoard, expectedOverview, overviewShapeOf } from './expected-board';
import { expectedFeedPositions, expectedInbox, inboxShapeOf } from './expected-inbox-and-feed';
import { Folded } from './fold-store';
import { QUERY_TIME } from './scenario';

export const STATES = ['TX', 'AZ'];
export const AGENCIES = ['FBI', 'ICE-HSI', 'CBP', 'DEA', 'TX-DPS', 'AZ-DPS', 'FAMS', 'AMTRAK-PD', 'USMS'];
export const AUDIENCES = [
  'command-center',
  ...STATES.map((s) => `state:${s}`),
  ...AGENCIES.map((a) => `agency:${a}`),
];

/** Every read model of the scenario against the independent fold, one expectation per model and key. */
export async function expectReadModelsToEqualFold(queries: ReadModelQueries, folded: Folded): Promise<void> {
  for (const state of STATES) {
    expect({ state, board: boardShapeOf(await queries.board(state)) }).toEqual({
      state,
      board: expectedBoard(folded, state, QUERY_TIME),
    });
  }
  expect(overviewShapeOf(await queries.overview())).toEqual(expectedOverview(folded, QUERY_TIME));
  for (const agency of AGENCIES) {
    expect({ agency, inbox: inboxShapeOf(await queries.inbox(agency, { includeClosed: true })) }).toEqual({
      agency,
      inbox: expectedInbox(folded, agency),
    });
  }
  for (const audience of AUDIENCES) {
    const items = await queries.feed(audience, { limit: 1000 });
    expect({ audience, positions: items.map((i) => i.position) }).toEqual({
      audience,
      positions: expectedFeedPositions(folded, audience),
    });
  }
}
