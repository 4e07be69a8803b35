import { ConfigResourceTypes } from 'kafkajs';
import { KafkaFanOut, UnknownTopic } from '@hstf/messaging';
import {
  deleteTopics,
  KAFKA_START_TIMEOUT_MS,
  KAFKA_TEST_TIMEOUT_MS,
  kafkaFanOut,
  rawKafka,
  uniqueName,
} from '../../helpers/kafka';

describe('Kafka fan-out: topic provisioning on a real broker', () => {
  jest.setTimeout(KAFKA_TEST_TIMEOUT_MS);

  const state = uniqueName('state-tx');
  const agency = uniqueName('agency-ice-hsi');
  let fanOut: KafkaFanOut;

  beforeAll(async () => {
    fanOut = await kafkaFanOut('provisioning');
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await fanOut?.close();
    await deleteTopics([state, agency]);
  });

  it('creates topics with the partitions and retention asked for, and is idempotent', async () => {
    const options = { partitions: 3, retentionMs: 86_400_000 };
    expect(await fanOut.ensureTopics([state, agency, state], options)).toEqual({
      created: [state, agency],
      existing: [],
    });
    expect(await fanOut.ensureTopics([agency, state], { partitions: 8 })).toEqual({
      created: [],
      existing: [agency, state],
    });

    const admin = (await rawKafka()).admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [state, agency] });
      // The second call asked for 8: an existing topic keeps its partitions, or keys would move.
      expect(topics.map((t) => t.partitions.length)).toEqual([3, 3]);
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: state, configNames: ['retention.ms'] }],
      });
      expect(resources[0].configEntries).toEqual([
        expect.objectContaining({ configName: 'retention.ms', configValue: '86400000' }),
      ]);
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses to publish to a topic nobody provisioned, since the broker creates none', async () => {
    const missing = uniqueName('never-created');
    await expect(fanOut.publish([{ topic: missing, key: 'k', value: 'v' }])).rejects.toEqual(
      new UnknownTopic([missing]),
    );
  });

  it('refuses to consume from a topic nobody provisioned', async () => {
    const missing = uniqueName('never-created');
    const consume = fanOut.consume({
      group: uniqueName('g'),
      topics: [missing],
      handler: async () => undefined,
    });
    await expect(consume).rejects.toBeInstanceOf(UnknownTopic);
  });
});
