import type { RecordedEvent, SqlClient } from '@hstf/event-store';
import { ReadModelQueries } from '@hstf/projections';
import { loadConfig } from '../config/app-config';
import { ProblemError } from '../http/problem';
import { ReadPosition } from './read-position';

// A projection fed by two Kafka partitions: the directive's event (position 500, on partition 0) is not
// applied yet, while partition 1 has already brought an event of another stream at position 900.
const DIRECTIVE_EVENT = {
  streamId: 'directive-1',
  streamPosition: 3n,
  globalPosition: 500n,
} as RecordedEvent;

function projectionWithTwoPartitions() {
  const marks = new Map<string, bigint>([
    ['directive-1', 2n],
    ['tasking-7', 0n],
  ]);
  const queries = new ReadModelQueries({} as SqlClient);
  Object.assign(queries, {
    position: async () => 900n,
    streamPosition: async (_projection: string, streamId: string) => marks.get(streamId),
  });
  return { queries, marks };
}

const store = {
  eventAt: async (position: bigint) => (position === 500n ? DIRECTIVE_EVENT : undefined),
};

describe('read-your-writes (minPosition)', () => {
  const config = loadConfig({ HSTF_READ_WAIT_MS: '60' });

  it('does not answer before the event at that position is applied, though a later one of another stream is', async () => {
    const { queries } = projectionWithTwoPartitions();
    const reads = new ReadPosition(queries, store, config);
    const query = jest.fn(async () => 'board');
    const refusal = await reads.read('state_board', '500', query).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProblemError);
    expect((refusal as ProblemError).problem).toMatchObject({
      status: 503,
      type: expect.stringMatching(/read-model-not-caught-up$/),
    });
    expect(query).not.toHaveBeenCalled();
  });

  it('answers once the event itself is applied', async () => {
    const { queries, marks } = projectionWithTwoPartitions();
    const reads = new ReadPosition(queries, store, loadConfig({ HSTF_READ_WAIT_MS: '2000' }));
    setTimeout(() => marks.set('directive-1', 3n), 30);
    await expect(reads.read('state_board', '500', async () => 'board')).resolves.toBe('board');
  });

  it('waits on the highest position applied for a position no event has', async () => {
    const { queries } = projectionWithTwoPartitions();
    const reads = new ReadPosition(queries, store, config);
    await expect(reads.read('state_board', '800', async () => 'board')).resolves.toBe('board');
  });

  it("waits on the highest position applied where the event is no projection's (an access record) or cannot be looked up", async () => {
    const { queries } = projectionWithTwoPartitions();
    const audit = {
      streamId: 'access-2026-12-03',
      streamPosition: 7n,
      globalPosition: 600n,
    } as RecordedEvent;
    const onAudit = new ReadPosition(queries, { eventAt: async () => audit }, config);
    await expect(onAudit.read('state_board', '600', async () => 'board')).resolves.toBe('board');
    const unreachable = new ReadPosition(
      queries,
      { eventAt: async () => Promise.reject(new Error('store down')) },
      config,
    );
    await expect(unreachable.read('state_board', '600', async () => 'board')).resolves.toBe('board');
  });
});
