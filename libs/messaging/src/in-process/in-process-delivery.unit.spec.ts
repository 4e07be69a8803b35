import { GroupAlreadyConsuming, OutgoingMessage } from '../port';
import { BatchCollector, valuesByKey } from '../testing';
import { InProcessFanOut } from './in-process-fan-out';

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };

function interleaved(topic: string, keys: number, perKey: number): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  for (let i = 0; i < perKey; i++) {
    for (let k = 0; k < keys; k++) messages.push({ topic, key: `stream-${k}`, value: `${k}:${i}` });
  }
  return messages;
}

describe('in-process fan-out: delivery', () => {
  let fanOut: InProcessFanOut;
  beforeEach(() => (fanOut = new InProcessFanOut({ logger: quiet })));
  afterEach(() => fanOut.close());

  it('delivers key, value as bytes, headers, topic and increasing offsets', async () => {
    await fanOut.ensureTopics(['events']);
    const seen = new BatchCollector();
    await fanOut.consume({ group: 'g', topics: ['events'], handler: seen.handler });
    await fanOut.publish([
      {
        topic: 'events',
        key: 'directive-1',
        value: '{"a":1}',
        headers: { id: 'e1', type: 'DirectiveIssued' },
      },
      { topic: 'events', key: 'directive-1', value: Buffer.from([0, 255]) },
    ]);
    const [first, second] = await seen.until(2);
    expect(first).toMatchObject({ topic: 'events', partition: 0, key: 'directive-1' });
    expect(first.value).toEqual(Buffer.from('{"a":1}'));
    expect(first.headers).toEqual({ id: 'e1', type: 'DirectiveIssued' });
    expect(second.value).toEqual(Buffer.from([0, 255]));
    expect(second.headers).toEqual({});
    expect(second.offset).toBeGreaterThan(first.offset);
    expect(seen.batches.at(-1)!.lastOffset).toBe(second.offset);
  });

  it('keeps per-key order across partitions, for every group, each message once', async () => {
    await fanOut.ensureTopics(['events'], { partitions: 4 });
    const groups = [new BatchCollector(), new BatchCollector(), new BatchCollector()];
    await Promise.all(
      groups.map((c, i) => fanOut.consume({ group: `g${i}`, topics: ['events'], handler: c.handler })),
    );
    const messages = interleaved('events', 20, 25);
    for (let i = 0; i < messages.length; i += 37) await fanOut.publish(messages.slice(i, i + 37));
    for (const collector of groups) {
      const seen = await collector.until(messages.length);
      expect(seen).toHaveLength(messages.length);
      const byKey = valuesByKey(seen);
      for (let k = 0; k < 20; k++) {
        expect(byKey.get(`stream-${k}`)).toEqual(Array.from({ length: 25 }, (_, i) => `${k}:${i}`));
      }
      expect(new Set(seen.map((m) => m.partition)).size).toBeGreaterThan(1);
    }
  });

  it('hands each group the messages of every topic it subscribed', async () => {
    await fanOut.ensureTopics(['hstf.state.tx.v2', 'hstf.agency.fbi.v2']);
    const seen = new BatchCollector();
    await fanOut.consume({
      group: 'g',
      topics: ['hstf.state.tx.v2', 'hstf.agency.fbi.v2'],
      handler: seen.handler,
    });
    await fanOut.publish([
      { topic: 'hstf.state.tx.v2', key: 'k', value: 'to texas' },
      { topic: 'hstf.agency.fbi.v2', key: 'k', value: 'to the fbi' },
    ]);
    expect((await seen.until(2)).map((m) => [m.topic, m.value.toString()]).sort()).toEqual([
      ['hstf.agency.fbi.v2', 'to the fbi'],
      ['hstf.state.tx.v2', 'to texas'],
    ]);
  });

  it('frees the group when its position cannot be read, so it can start again', async () => {
    await fanOut.ensureTopics(['events']);
    const failing = fanOut.consume({
      group: 'g',
      topics: ['events'],
      resumeFrom: async () => Promise.reject(new Error('database is away')),
      handler: async () => undefined,
    });
    await expect(failing).rejects.toThrow('database is away');
    const seen = new BatchCollector();
    await fanOut.consume({ group: 'g', topics: ['events'], handler: seen.handler });
    await fanOut.publish([{ topic: 'events', key: 'k', value: 'v' }]);
    expect(await seen.until(1)).toHaveLength(1);
  });

  it('has one member per group', async () => {
    await fanOut.ensureTopics(['events']);
    await fanOut.consume({ group: 'g', topics: ['events'], handler: async () => undefined });
    await expect(
      fanOut.consume({ group: 'g', topics: ['events'], handler: async () => undefined }),
    ).rejects.toEqual(new GroupAlreadyConsuming('g'));
  });
});
