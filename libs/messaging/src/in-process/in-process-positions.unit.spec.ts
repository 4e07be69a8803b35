import { MessageBatch } from '../port';
import { BatchCollector } from '../testing';
import { InProcessFanOut } from './in-process-fan-out';

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };
const publishN = (fanOut: InProcessFanOut, from: number, to: number) =>
  fanOut.publish(
    Array.from({ length: to - from }, (_, i) => ({ topic: 't', key: 'k', value: `m${from + i}` })),
  );

describe('in-process fan-out: positions and redelivery', () => {
  let fanOut: InProcessFanOut;
  beforeEach(async () => {
    fanOut = new InProcessFanOut({ logger: quiet, maxBatchSize: 4 });
    await fanOut.ensureTopics(['t']);
  });
  afterEach(() => fanOut.close());

  it('resumes a group where it stopped, without repeating what it acknowledged', async () => {
    await publishN(fanOut, 0, 5);
    const first = new BatchCollector();
    const consumer = await fanOut.consume({ group: 'g', topics: ['t'], handler: first.handler });
    await first.until(5);
    await consumer.stop();
    await publishN(fanOut, 5, 8);
    const second = new BatchCollector();
    await fanOut.consume({ group: 'g', topics: ['t'], handler: second.handler });
    await second.until(3);
    expect(second.values).toEqual(['m5', 'm6', 'm7']);
  });

  it("starts after the consumer's own stored position, which wins over the group's", async () => {
    await publishN(fanOut, 0, 3);
    const first = new BatchCollector();
    const consumer = await fanOut.consume({ group: 'g', topics: ['t'], handler: first.handler });
    const [, , m2] = await first.until(3);
    await consumer.stop();
    await publishN(fanOut, 3, 6);
    const resumed = new BatchCollector();
    const resumeFrom = jest.fn(async () => m2.offset + 2n);
    await fanOut.consume({ group: 'g', topics: ['t'], resumeFrom, handler: resumed.handler });
    await resumed.until(1);
    expect(resumed.values).toEqual(['m5']);
    expect(resumeFrom).toHaveBeenCalledWith({ topic: 't', partition: 0 });
  });

  it('treats a position stored by an earlier process as outside the log and starts over', async () => {
    const earlier = new InProcessFanOut({ logger: quiet, clock: () => new Date(Date.now() - 60_000) });
    await earlier.ensureTopics(['t']);
    await earlier.publish(Array.from({ length: 5 }, (_, i) => ({ topic: 't', key: 'k', value: `old${i}` })));
    const stale = new BatchCollector();
    await earlier.consume({ group: 'g', topics: ['t'], handler: stale.handler });
    const old = (await stale.until(5)).at(-1)!;
    await earlier.close();

    await publishN(fanOut, 0, 2);
    const seen = new BatchCollector();
    await fanOut.consume({
      group: 'g',
      topics: ['t'],
      resumeFrom: async () => old.offset,
      handler: seen.handler,
    });
    await seen.until(2);
    expect(seen.values).toEqual(['m0', 'm1']);
  });

  it("starts a new group at the end when asked for 'latest'", async () => {
    await publishN(fanOut, 0, 3);
    const seen = new BatchCollector();
    await fanOut.consume({ group: 'g', topics: ['t'], startAt: 'latest', handler: seen.handler });
    await publishN(fanOut, 3, 4);
    await seen.until(1);
    expect(seen.values).toEqual(['m3']);
  });

  it('redelivers a failed batch until it is handled, in order and without gaps', async () => {
    await publishN(fanOut, 0, 10);
    const handled: string[] = [];
    let failures = 0;
    const done = new BatchCollector();
    const handler = async (batch: MessageBatch) => {
      if (batch.messages[0].value.toString() === 'm4' && failures++ < 2) throw new Error('database is away');
      handled.push(...batch.messages.map((m) => m.value.toString()));
      await done.handler(batch);
    };
    await fanOut.consume({ group: 'g', topics: ['t'], handler });
    await done.until(10);
    expect(handled).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
    expect(failures).toBe(3);
    // Waits from the backoff (RetryDelays): jittered around the first wait, named in the log.
    expect(quiet.error).toHaveBeenCalledWith(
      expect.stringMatching(/database is away; redelivering in \d+ ms$/),
    );
  });

  it('lets the batch in hand finish when stopped, then delivers nothing more', async () => {
    await publishN(fanOut, 0, 8);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    const consumer = await fanOut.consume({
      group: 'g',
      topics: ['t'],
      handler: async (batch) => {
        await gate;
        seen.push(...batch.messages.map((m) => m.value.toString()));
      },
    });
    const stopped = consumer.stop();
    release();
    await stopped;
    await publishN(fanOut, 8, 9);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['m0', 'm1', 'm2', 'm3']);
  });
});
