import { Projection } from '../definition/projection';
import { projected } from '../testing/projected-events.fixtures';
import { issued } from '../testing/domain-events.fixtures';
import { MemoryWriter } from '../testing/memory-writer';
import { cannotApply, EvolveFailed, ReadModelWriteFailed, writerClient } from './apply-failures';
import { applyEvent } from './apply-event';
import { ApplyMode, ApplyOutcome, applyOrDeadLetter } from './apply-to-table-set';
import { StreamGap } from './refusals';

const sqlError = (code: string, message = `failed with ${code}`) =>
  Object.assign(new Error(message), { code });

const outcome = (applied: number): ApplyOutcome => ({
  applied,
  duplicates: 0,
  deadLetters: [],
  checkpoint: 9n,
});

/** A `run` that fails its first attempt with `error`, and records the mode of every attempt. */
function failingOnce(error: unknown) {
  const modes: ApplyMode[] = [];
  const run = async (mode: ApplyMode) => {
    modes.push(mode);
    if (modes.length === 1) throw error;
    return outcome(2);
  };
  return { modes, run };
}

describe('applying a batch, falling back to one event at a time', () => {
  it('applies a batch that succeeds in one go, once', async () => {
    const modes: ApplyMode[] = [];
    const result = await applyOrDeadLetter(async (mode) => (modes.push(mode), outcome(3)));
    expect(modes).toEqual(['batch']);
    expect(result.applied).toBe(3);
  });

  it.each([
    ['the projection threw', new EvolveFailed(new TypeError('no directive row'))],
    ['a date out of range', new ReadModelWriteFailed(sqlError('22008'))],
    ['an invalid value', new ReadModelWriteFailed(sqlError('22P02'))],
    ['a violated constraint', new ReadModelWriteFailed(sqlError('23502'))],
  ])('applies the batch again one by one when an event cannot be applied: %s', async (_why, error) => {
    const { modes, run } = failingOnce(error);
    expect((await applyOrDeadLetter(run)).applied).toBe(2);
    expect(modes).toEqual(['batch', 'one-by-one']);
  });

  it.each([
    ['a lost connection', new ReadModelWriteFailed(sqlError('08006'))],
    ['a serialization failure', new ReadModelWriteFailed(sqlError('40001'))],
    ['a deadlock', new ReadModelWriteFailed(sqlError('40P01'))],
    ['the server shutting down', new ReadModelWriteFailed(sqlError('57P01'))],
    ['a socket error without SQLSTATE', new ReadModelWriteFailed(sqlError('ECONNRESET'))],
    ['a driver error outside the writer', sqlError('22008')],
    ['a refusal of the batch', new StreamGap('state_board', 'directive-1', 1n, 2n, 'e-2')],
  ])('throws, for the source to deliver the batch again, on %s', async (_why, error) => {
    const { modes, run } = failingOnce(error);
    await expect(applyOrDeadLetter(run)).rejects.toBe(error);
    expect(modes).toEqual(['batch']);
  });
});

describe('what a failure belongs to', () => {
  const throwing: Projection = {
    name: 'throwing',
    version: 1,
    tables: [],
    apply: async () => {
      throw new RangeError('Invalid time value');
    },
  };

  it("marks what a projection's own logic throws as the event's fault", async () => {
    const error = await applyEvent(throwing, projected(issued, 'directive-1', 0), new MemoryWriter()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvolveFailed);
    expect(cannotApply(error)).toBe(true);
    expect((error as Error).message).toBe('Invalid time value');
  });

  it("passes a writer's failure through, judged by its SQLSTATE", async () => {
    const failing = writerClient({ query: () => Promise.reject(sqlError('08006', 'Connection terminated')) });
    const reading: Projection = { ...throwing, apply: async () => void (await failing.query('SELECT 1')) };
    const error = await applyEvent(reading, projected(issued, 'directive-1', 0), new MemoryWriter()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReadModelWriteFailed);
    expect(error).toMatchObject({ sqlState: '08006', message: 'Connection terminated' });
    expect(cannotApply(error)).toBe(false);
  });
});
