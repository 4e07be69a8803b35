import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { agencyTopic, EVENTS_TOPIC, stateTopic } from '@hstf/contracts';
import {
  agencyDecider,
  agencyStreamId,
  directiveStreamId,
  FEDERAL_AGENCIES,
  STATE_CODES,
} from '@hstf/domain';
import { openPgEventStore, PostgresEventStore } from '@hstf/event-store';
import { eventMessages, IncomingMessage, KafkaFanOut, KafkaSasl, MessageConsumer } from '@hstf/messaging';
import { kafkaAclsCommand } from '../../../apps/cli/src/commands/kafka-acls.command';
import { planAcls } from '../../../apps/cli/src/kafka/acl-plan';
import {
  KAFKA_START_TIMEOUT_MS,
  kafkaBrokers,
  kafkaFanOut,
  localCredentialsDir,
  localUser,
  RecordingLogSink,
  uniqueName,
} from '../../helpers/kafka';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';
import { directive } from '../projections/scenario-steps';
import { ScenarioWriter } from '../projections/scenario-writer';
import { EndOffsets, endOffsets } from '../relay/topic-contents';
import { attemptKey, ProbeAttempt, ProbeOutcomes, probeWithJavaClient } from './java-client-probe';

/** An agency registered at run time (in this suite's event store), so its principal comes from the store. */
const OWN = 'NM-SP';
const OWN_USER = 'agency-nm-sp';
const OWN_TOPIC = agencyTopic(OWN);
const OTHER_AGENCY_TOPIC = agencyTopic('FBI');
const OWN_STATE_TOPIC = stateTopic('NM');
const OTHER_STATE_TOPIC = stateTopic('TX');
const TOPICS = [OWN_TOPIC, OTHER_AGENCY_TOPIC, OWN_STATE_TOPIC, OTHER_STATE_TOPIC, EVENTS_TOPIC];

/** Every topic of every audience of the plan, and the command center's. */
const EVERY_TOPIC = [
  EVENTS_TOPIC,
  ...[...FEDERAL_AGENCIES.map((a) => a.code), OWN].map(agencyTopic),
  ...STATE_CODES.map(stateTopic),
];

/** The environment without a login of its own: the consumer must use the one it is given. */
function withoutKafkaLogin(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD_FILE'])
    delete env[name];
  return env;
}

describe('Kafka need-to-know: each agency reads its own topic, only the relay writes (local broker, SASL/SCRAM, ACLs)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let brokers: string[];
  let credentialsDir: string;
  let firstApply: string;
  let from: EndOffsets;
  let probe: ProbeOutcomes;
  const fanOuts: KafkaFanOut[] = [];
  const key = `need-to-know-${randomUUID()}`;

  async function runCli(...args: string[]): Promise<string> {
    const env = {
      ...process.env,
      HSTF_EVENT_STORE: 'postgres',
      DATABASE_URL: database.connectionString,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_CREDENTIALS_DIR: credentialsDir,
    };
    const out: string[] = [];
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => out.push(String(chunk)) > 0);
    try {
      await kafkaAclsCommand(env).exitOverride().parseAsync(args, { from: 'user' });
    } finally {
      write.mockRestore();
    }
    return out.join('');
  }

  const clientOf = (sasl: KafkaSasl) =>
    new Kafka({
      clientId: 'hstf-need-to-know',
      brokers,
      sasl,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });

  async function fanOutAs(username: string): Promise<KafkaFanOut> {
    const fanOut = new KafkaFanOut({
      brokers,
      sasl: await localUser(username),
      clientId: `hstf-need-to-know-${username}`,
      logger: new RecordingLogSink(),
      logLevel: 'error',
    });
    fanOuts.push(fanOut);
    return fanOut;
  }

  const outcome = (attempt: ProbeAttempt): string | undefined => probe.get(attemptKey(attempt));

  beforeAll(async () => {
    brokers = await kafkaBrokers();
    credentialsDir = await localCredentialsDir();
    database = await createTestDatabase('kafka_acls');
    store = await openPgEventStore({ pool: { connectionString: database.connectionString, max: 2 } });
    const writer = new ScenarioWriter(store);
    await writer.run(agencyDecider, agencyStreamId(OWN), {
      type: 'RegisterAgency',
      data: { code: OWN, name: 'New Mexico State Police', kind: 'state', state: 'NM' },
      meta: writer.meta(),
    });
    firstApply = await runCli('--apply');

    // The topics exist, as the relay leaves them: a refusal is then about access, never about absence.
    const admin = await kafkaFanOut('need-to-know-admin');
    fanOuts.push(admin);
    await admin.ensureTopics(TOPICS);
    from = await endOffsets(TOPICS);
    const relay = await fanOutAs('relay');
    await relay.publish(TOPICS.map((topic) => ({ topic, key, value: JSON.stringify({ topic, key }) })));

    probe = await probeWithJavaClient(brokers, credentialsDir, [
      ...[OWN_TOPIC, OTHER_AGENCY_TOPIC, OWN_STATE_TOPIC, OTHER_STATE_TOPIC, EVENTS_TOPIC].map((topic) => ({
        user: OWN_USER,
        op: 'read',
        topic,
      })),
      { user: OWN_USER, op: `join:${OWN_USER}.java-probe`, topic: OWN_TOPIC },
      { user: OWN_USER, op: 'join:agency-fbi.java-probe', topic: OWN_TOPIC },
      { user: OWN_USER, op: `join:${OWN_USER}.java-probe`, topic: OTHER_AGENCY_TOPIC },
      ...TOPICS.flatMap((topic) => [
        { user: OWN_USER, op: 'write', topic },
        { user: 'relay', op: 'write', topic },
      ]),
      { user: 'agency-fbi', op: 'write', topic: OTHER_AGENCY_TOPIC },
      { user: 'state-nm', op: 'write', topic: OWN_STATE_TOPIC },
      { user: 'projector', op: 'write', topic: EVENTS_TOPIC },
      { user: 'state-nm', op: 'read', topic: OWN_STATE_TOPIC },
      { user: 'state-nm', op: 'read', topic: OTHER_STATE_TOPIC },
      { user: 'state-nm', op: 'read', topic: OWN_TOPIC },
      { user: 'state-nm', op: 'read', topic: EVENTS_TOPIC },
      { user: 'projector', op: `join:hstf-projector.${uniqueName('java-probe')}`, topic: EVENTS_TOPIC },
      { user: 'projector', op: 'read', topic: OTHER_AGENCY_TOPIC },
    ]);
  }, KAFKA_START_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(fanOuts.map((f) => f.close()));
    await store?.close();
    await database?.drop();
  });

  it('plans a user per agency, registered ones from the event store, and per state; applying again changes nothing', async () => {
    const plan = planAcls({
      agencies: [...FEDERAL_AGENCIES.map((a) => a.code), OWN],
      states: STATE_CODES,
    });
    expect(firstApply).toContain(
      `# need-to-know: ${FEDERAL_AGENCIES.length} federal agencies, 1 registered (event store), ` +
        `${STATE_CODES.length} states: ${plan.users.length} users, ${plan.acls.length} ACLs`,
    );
    const again = await runCli('--apply');
    expect(again).toContain(
      `users: ${plan.users.length} created or updated, every password from ${credentialsDir}`,
    );
    expect(again).toContain(`acls: 0 created, ${plan.acls.length} already there`);
    const dryRun = await runCli();
    expect(dryRun).toContain(`acl User:${OWN_USER} READ TOPIC LITERAL ${OWN_TOPIC}\n`);
    expect(dryRun).toContain(`acl User:${OWN_USER} READ GROUP PREFIXED ${OWN_USER}.\n`);
  });

  it('lets an agency read its own topic in its own consumer groups, through kafkajs and the Java client', async () => {
    const agency = await fanOutAs(OWN_USER);
    const received: IncomingMessage[] = [];
    let arrived!: () => void;
    const ours = new Promise<void>((resolve) => (arrived = resolve));
    const consumer: MessageConsumer = await agency.consume({
      group: `${OWN_USER}.${uniqueName('reader')}`,
      topics: [OWN_TOPIC],
      resumeFrom: async ({ topic, partition }) => {
        const end = from.get(`${topic}:${partition}`);
        return end === undefined || end === 0n ? undefined : end - 1n;
      },
      handler: async (batch) => {
        received.push(...batch.messages.filter((m) => m.key === key));
        if (received.length > 0) arrived();
      },
    });
    try {
      await ours;
    } finally {
      await consumer.stop();
    }
    expect(received.map((m) => JSON.parse(m.value.toString()))).toEqual([{ topic: OWN_TOPIC, key }]);

    expect(outcome({ user: OWN_USER, op: 'read', topic: OWN_TOPIC })).toMatch(/^ok [1-9]/);
    expect(outcome({ user: OWN_USER, op: `join:${OWN_USER}.java-probe`, topic: OWN_TOPIC })).toMatch(
      /^ok [1-9]/,
    );
  });

  it("refuses an agency every other agency's and state's topic and the command center's", async () => {
    for (const topic of EVERY_TOPIC.filter((t) => t !== OWN_TOPIC)) {
      // A client per topic: kafkajs keeps asking for every topic it was once asked about.
      const admin = clientOf(await localUser(OWN_USER)).admin();
      await admin.connect();
      try {
        await expect(admin.fetchTopicOffsets(topic)).rejects.toMatchObject({
          type: 'TOPIC_AUTHORIZATION_FAILED',
        });
      } finally {
        await admin.disconnect();
      }
    }
    for (const topic of [OTHER_AGENCY_TOPIC, OWN_STATE_TOPIC, OTHER_STATE_TOPIC, EVENTS_TOPIC]) {
      expect(outcome({ user: OWN_USER, op: 'read', topic })).toBe('denied TopicAuthorizationException');
    }
    expect(outcome({ user: OWN_USER, op: `join:${OWN_USER}.java-probe`, topic: OTHER_AGENCY_TOPIC })).toBe(
      'denied TopicAuthorizationException',
    );
    // Another agency's consumer group is not its to use either, even on its own topic.
    expect(outcome({ user: OWN_USER, op: 'join:agency-fbi.java-probe', topic: OWN_TOPIC })).toBe(
      'denied GroupAuthorizationException',
    );
  });

  it('refuses an agency to write, even to its own topic', async () => {
    const producer = clientOf(await localUser(OWN_USER)).producer({ idempotent: false });
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: OWN_TOPIC, messages: [{ key, value: 'forged' }] }),
      ).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
    } finally {
      await producer.disconnect();
    }
    for (const topic of TOPICS) {
      expect(outcome({ user: OWN_USER, op: 'write', topic })).toBe('denied TopicAuthorizationException');
    }
  });

  it('lets only the relay write: not an agency, a state or the projector, not even to their own topics', () => {
    for (const topic of TOPICS) expect(outcome({ user: 'relay', op: 'write', topic })).toBe('ok 1');
    expect(outcome({ user: 'agency-fbi', op: 'write', topic: OTHER_AGENCY_TOPIC })).toBe(
      'denied TopicAuthorizationException',
    );
    expect(outcome({ user: 'state-nm', op: 'write', topic: OWN_STATE_TOPIC })).toBe(
      'denied TopicAuthorizationException',
    );
    expect(outcome({ user: 'projector', op: 'write', topic: EVENTS_TOPIC })).toBe(
      'denied TopicAuthorizationException',
    );
  });

  it("lets a state read only its own topic, and the projector only the command center's in its groups", () => {
    expect(outcome({ user: 'state-nm', op: 'read', topic: OWN_STATE_TOPIC })).toMatch(/^ok [1-9]/);
    for (const topic of [OTHER_STATE_TOPIC, OWN_TOPIC, EVENTS_TOPIC]) {
      expect(outcome({ user: 'state-nm', op: 'read', topic })).toBe('denied TopicAuthorizationException');
    }
    const projectorJoin = [...probe.entries()].find(([attempt]) => attempt.startsWith('projector join:'));
    expect(projectorJoin?.[1]).toMatch(/^ok [1-9]/);
    expect(outcome({ user: 'projector', op: 'read', topic: OTHER_AGENCY_TOPIC })).toBe(
      'denied TopicAuthorizationException',
    );
  });

  it("feeds the example consumer its agency's topic: each event checked against the audience schema, a malformed one refused", async () => {
    const title = `For the New Mexico State Police ${key}`;
    const directiveId = await directive(
      new ScenarioWriter(store),
      title,
      { states: [], agencies: [OWN] },
      {
        ack: 24,
        expires: 48,
      },
    );
    const [issued] = await store.readStream(directiveStreamId(directiveId));
    // As the relay encodes it, published as the relay.
    const relay = await fanOutAs('relay');
    await relay.publish(eventMessages(issued).filter((message) => message.topic === OWN_TOPIC));

    const consumer = spawn(
      process.execPath,
      [
        join(__dirname, '../../../examples/agency-consumer/consumer.ts'),
        ...['--agency', OWN, '--brokers', brokers.join(','), '--from-beginning'],
        ...['--username', OWN_USER, '--group', `${OWN_USER}.${uniqueName('example')}`],
        ...['--password-file', join(credentialsDir, `${OWN_USER}.password`)],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: withoutKafkaLogin() },
    );
    const output = { stdout: '', stderr: '' };
    const exited = new Promise<number | null>((resolve) => consumer.on('exit', resolve));
    const seen = new Promise<void>((resolve, reject) => {
      const check = () => {
        // The directive, validated; and the probe message of beforeAll, which is no envelope at all.
        if (
          output.stdout.includes(`DirectiveIssued directive-${directiveId} "${title}"`) &&
          output.stderr.includes(`invalid message at ${OWN_TOPIC}/`)
        )
          resolve();
      };
      consumer.stdout.on('data', (chunk: Buffer) => ((output.stdout += chunk), check()));
      consumer.stderr.on('data', (chunk: Buffer) => ((output.stderr += chunk), check()));
      void exited.then((code) =>
        reject(new Error(`the consumer exited (${code}): ${JSON.stringify(output)}`)),
      );
    });
    const timeout = setTimeout(() => consumer.kill('SIGTERM'), 60_000);
    try {
      await seen;
    } finally {
      clearTimeout(timeout);
      consumer.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output.stderr).toContain(`consuming ${OWN_TOPIC}`);
  }, 90_000);
});
