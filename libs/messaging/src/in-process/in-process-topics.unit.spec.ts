import { UnknownTopic } from '../port';
import { BatchCollector } from '../testing';
import { InProcessFanOut } from './in-process-fan-out';

const quiet = { error: jest.fn(), warn: jest.fn(), log: jest.fn() };

/** Like the local broker (auto.create.topics.enable=false), nothing is created by use. */
describe('in-process fan-out: topics', () => {
  let fanOut: InProcessFanOut;
  beforeEach(() => (fanOut = new InProcessFanOut({ logger: quiet })));
  afterEach(() => fanOut.close());

  it('creates missing topics only and says which existed', async () => {
    expect(await fanOut.ensureTopics(['a', 'b'])).toEqual({ created: ['a', 'b'], existing: [] });
    expect(await fanOut.ensureTopics(['b', 'c', 'c'])).toEqual({ created: ['c'], existing: ['b'] });
  });

  it('refuses to publish to or consume from a topic that was not provisioned', async () => {
    await fanOut.ensureTopics(['known']);
    const publish = fanOut.publish([
      { topic: 'known', key: 'k', value: 'v' },
      { topic: 'typo', key: 'k', value: 'v' },
    ]);
    await expect(publish).rejects.toEqual(new UnknownTopic(['typo']));
    const consume = fanOut.consume({ group: 'g', topics: ['typo'], handler: async () => undefined });
    await expect(consume).rejects.toBeInstanceOf(UnknownTopic);
  });

  it('publishes nothing of a batch that names an unknown topic', async () => {
    await fanOut.ensureTopics(['known']);
    await expect(
      fanOut.publish([
        { topic: 'known', key: 'k', value: 'first' },
        { topic: 'typo', key: 'k', value: 'v' },
      ]),
    ).rejects.toBeInstanceOf(UnknownTopic);
    await fanOut.publish([{ topic: 'known', key: 'k', value: 'second' }]);
    const seen = new BatchCollector();
    await fanOut.consume({ group: 'g', topics: ['known'], handler: seen.handler });
    expect((await seen.until(1)).map((m) => m.value.toString())).toEqual(['second']);
  });
});
