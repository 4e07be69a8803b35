import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AUDIENCE_JSON_SCHEMA_FILE, agencyTopic, EVENTS_TOPIC, stateTopic } from '@hstf/contracts';
import type { IncomingMessage } from '@hstf/messaging';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { deleteTopics, KAFKA_START_TIMEOUT_MS } from '../../helpers/kafka';
import { audienceCodes, relayEvent } from './relay-events';
import { RelayHarness } from './relay-harness';
import { endOffsets, readTopics } from './topic-contents';

// Issue 11: one agency's acknowledgement note and another's decline reason reached every addressee's
// topic, with the liaisons' user ids. Read back from the broker, each audience topic must carry only
// its own agency's words, and every message must be valid against the published audience schema.
describe('relay: each audience topic carries the event as its audience may read it (PostgreSQL, Kafka)', () => {
  const [writer, other] = audienceCodes(2);
  const state = 'TX';
  const scope = { states: [state], agencies: [writer, other].sort() };
  const directiveStream = `directive-${randomUUID()}`;
  const taskingStream = `tasking-${randomUUID()}`;
  const ours = (message: IncomingMessage) => [directiveStream, taskingStream].includes(message.key);
  const audienceTopics = [agencyTopic(writer), agencyTopic(other)];
  const at = '2026-12-03T10:00:00.000Z';
  let harness: RelayHarness;
  let byTopic: Map<string, Record<string, unknown>[]>;

  beforeAll(async () => {
    harness = await RelayHarness.open('relay_audiences');
    const topics = [EVENTS_TOPIC, stateTopic(state), ...audienceTopics];
    const from = await endOffsets(topics);
    const acknowledged = {
      ...relayEvent(directiveStream, 0, scope),
      type: 'DirectiveAcknowledged',
      data: {
        directiveId: directiveStream.slice('directive-'.length),
        addressee: { kind: 'agency', code: writer },
        acknowledgedBy: writer,
        revision: 1,
        acknowledgedAt: at,
        late: false,
        note: `${writer}-ONLY informant in place (sensitive)`,
      },
    };
    const declined = {
      ...relayEvent(taskingStream, 0, scope),
      type: 'TaskingDeclined',
      data: {
        taskingId: taskingStream.slice('tasking-'.length),
        leadAgency: writer,
        reason: `${writer}-ONLY agents on a wiretap`,
        declinedAt: at,
      },
    };
    await harness.store.append(directiveStream, [acknowledged], 'no_stream');
    await harness.store.append(taskingStream, [declined], 'no_stream');
    const relay = harness.relay();
    await relay.untilCheckpoint(await harness.store.headPosition(), 60_000);
    const messages = await readTopics(harness.fanOut, topics, { from, ours, expected: 2 * topics.length });
    byTopic = new Map(topics.map((topic) => [topic, []]));
    for (const message of messages) byTopic.get(message.topic)?.push(JSON.parse(message.value.toString()));
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await harness?.close();
    await deleteTopics(audienceTopics);
  });

  it("gives the words to the agency that wrote them and to the command center's topic only", () => {
    const words = (topic: string) =>
      (byTopic.get(topic) ?? []).map((envelope) => {
        const data = envelope.data as Record<string, unknown>;
        return data.note ?? data.reason ?? null;
      });
    expect(words(EVENTS_TOPIC)).toHaveLength(2);
    expect(words(EVENTS_TOPIC)).not.toContain(null);
    // Two streams, so two keys: on topics of several partitions their order differs from topic to topic.
    expect(words(agencyTopic(writer)).sort()).toEqual(words(EVENTS_TOPIC).sort());
    for (const topic of [agencyTopic(other), stateTopic(state)]) {
      expect({ topic, words: words(topic) }).toEqual({ topic, words: [null, null] });
      expect(JSON.stringify(byTopic.get(topic))).not.toContain(`${writer}-ONLY`);
    }
  });

  it('names no person, command id or hash on an audience topic, and is valid against the published schema', () => {
    const schema = JSON.parse(
      readFileSync(resolve(__dirname, '../../..', AUDIENCE_JSON_SCHEMA_FILE), 'utf8'),
    );
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const topic of [stateTopic(state), ...audienceTopics]) {
      const envelopes = byTopic.get(topic) ?? [];
      expect(envelopes).toHaveLength(2);
      for (const envelope of envelopes) {
        expect({ topic, errors: validate(envelope) ? [] : validate.errors }).toEqual({ topic, errors: [] });
        expect(JSON.stringify(envelope)).not.toMatch(/liaison-1|"hash"|"prevHash"|"commandId"/);
      }
    }
  });
});
