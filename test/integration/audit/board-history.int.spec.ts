import {
  asOfTime,
  atPosition,
  AuditConfig,
  BOARD_STREAM_PREFIXES,
  BoardFold,
  BoardHistory,
  Cut,
  withinCut,
} from '@hstf/audit';
import { EventStore, openPgEventStore, RecordedEvent } from '@hstf/event-store';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';
import { appendSynthetic } from './synthetic-store';

jest.setTimeout(120_000);

const STATES = ['TX', 'AZ', 'NM', 'CA'];

let database: TestDatabase;
let store: EventStore;
let log: RecordedEvent[];

const config = (snapshotEvery: number, cachedStates = 8): AuditConfig => ({
  checkpointIntervalMs: 0,
  keyFile: '/dev/null',
  cutSkewMs: 60_000,
  boardSnapshotEvery: snapshotEvery,
  boardCachedStates: cachedStates,
});

async function readLog(): Promise<RecordedEvent[]> {
  return store.readAll({ maxCount: 1_000_000, filter: { streamPrefixes: BOARD_STREAM_PREFIXES } });
}

/** The board folded from the start of the log, with no cache: what every answer must equal. */
function reference(state: string, cut: Cut | undefined) {
  const fold = new BoardFold(state);
  const cutOff = new Set<string>();
  for (const event of log) {
    if (cut && (cutOff.has(event.streamId) || !withinCut(cut, event))) {
      cutOff.add(event.streamId);
      continue;
    }
    if (fold.needsHistory(event)) {
      fold.adopt(log.filter((e) => e.streamId === event.streamId && e.streamPosition < event.streamPosition));
    }
    fold.apply(event);
  }
  return fold.view();
}

beforeAll(async () => {
  database = await createTestDatabase('audit_board');
  store = await openPgEventStore({ pool: { connectionString: database.connectionString, max: 8 } });
  await appendSynthetic(store, {
    states: STATES,
    events: 4_000,
    seed: 7,
    concurrentAggregates: 64,
    waveSize: 8,
  });
  log = await readLog();
}, 120_000);

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

/** Deterministic picks of log positions, in an order that jumps back and forth. */
const someEvents = (count: number): RecordedEvent[] =>
  Array.from({ length: count }, (_, i) => log[(i * 7919) % log.length]);

describe('boards as of a cut, from the snapshot cache', () => {
  it('equal a fold from the start at every position asked, in any order', async () => {
    const boards = new BoardHistory(store, config(150));
    // The first question of a board reads the log once, leaving a snapshot every 150 events.
    for (const state of ['TX', 'NM'])
      expect((await boards.boardAsOf(state, undefined)).built.eventsRead).toBe(log.length);
    for (const event of someEvents(25)) {
      for (const state of ['TX', 'NM']) {
        const cut = atPosition(event.globalPosition);
        const answer = await boards.boardAsOf(state, cut);
        expect(answer.board).toEqual(reference(state, cut));
        expect(answer.built.eventsRead).toBeLessThanOrEqual(150 + 1);
      }
    }
  });

  it('equal a fold from the start as of recorded times', async () => {
    const boards = new BoardHistory(store, config(150));
    for (const event of someEvents(15)) {
      const cut = asOfTime(event.recordedAt, 60_000);
      expect((await boards.boardAsOf('AZ', cut)).board).toEqual(reference('AZ', cut));
    }
  });

  it('include directives that joined the board by amendment, folded from their first event', async () => {
    const joined = log.find((e) => e.type === 'DirectiveAmended');
    expect(joined).toBeDefined();
    const state = (joined?.data as { changes: { addedAddressees: { states: string[] } } }).changes
      .addedAddressees.states[0];
    const { board } = await new BoardHistory(store, config(150)).boardAsOf(state, undefined);
    expect(board.directives.find((d) => d.streamId === joined?.streamId)).toMatchObject({
      revision: expect.any(String),
    });
    expect(board).toEqual(reference(state, undefined));
  });

  it('keep up as the log grows, and agree with an uncached fold', async () => {
    const cached = new BoardHistory(store, config(150));
    await cached.boardAsOf('CA', undefined);
    await appendSynthetic(store, {
      states: STATES,
      events: 500,
      seed: 8,
      concurrentAggregates: 16,
      waveSize: 4,
      establishTaskForces: false,
    });
    log = await readLog();
    const uncached = new BoardHistory(store, config(1_000_000, 0));
    const now = await cached.boardAsOf('CA', undefined);
    expect(now.board).toEqual(reference('CA', undefined));
    expect((await uncached.boardAsOf('CA', undefined)).board).toEqual(now.board);
    const middle = atPosition(log[Math.floor(log.length / 2)].globalPosition);
    expect((await cached.boardAsOf('CA', middle)).board).toEqual(reference('CA', middle));
  });
});
