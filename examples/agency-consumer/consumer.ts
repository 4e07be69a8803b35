import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import kafkajs from 'kafkajs';
import { envelopeValidator } from './envelope-validator.ts';

const { Kafka, logLevel } = kafkajs;

const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
    group: { type: 'string' },
    username: { type: 'string', default: process.env.KAFKA_SASL_USERNAME },
    'password-file': { type: 'string', default: process.env.KAFKA_SASL_PASSWORD_FILE },
    'from-beginning': { type: 'boolean', default: false },
    schema: {
      type: 'string',
      default: fileURLToPath(new URL('../../schemas/hstf-audience-envelope.v2.schema.json', import.meta.url)),
    },
    max: { type: 'string' },
  },
});
if (!values.agency) {
  process.stderr.write(
    'usage: node consumer.ts --agency <code> [--brokers host:port,...] [--username <user>] [--password-file <file>]\n' +
      '                        [--group <id>] [--from-beginning] [--max <n>]\n',
  );
  process.exit(2);
}

const agency = values.agency.toUpperCase();
// The relay's naming: one topic per agency, its code in lower case (ICE-HSI -> hstf.agency.ice-hsi.v2).
const topic = `hstf.agency.${agency.toLowerCase()}.v2`;
const max = values.max === undefined ? Infinity : Number(values.max);
const validate = envelopeValidator(values.schema);
// The broker grants an agency's user (agency-<code>) its own topic and the consumer groups named after it.
const username = values.username ?? `agency-${agency.toLowerCase()}`;
const password =
  process.env.KAFKA_SASL_PASSWORD ??
  (values['password-file'] ? readFileSync(values['password-file'], 'utf8').trim() : undefined);
if (!password) {
  process.stderr.write(`no password for ${username}: set KAFKA_SASL_PASSWORD or pass --password-file\n`);
  process.exit(2);
}
const mechanism = process.env.KAFKA_SASL_MECHANISM === 'scram-sha-512' ? 'scram-sha-512' : 'scram-sha-256';
const kafka = new Kafka({
  clientId: `hstf-example-${agency.toLowerCase()}`,
  brokers: values.brokers.split(','),
  sasl: { mechanism, username, password },
  ssl: process.env.KAFKA_SSL === 'true',
  logLevel: logLevel.WARN,
});
const consumer = kafka.consumer({ groupId: values.group ?? `${username}.example` });

// Delivery is at least once: a re-sent event has the same id. A real system keeps the ids (or the last
// global position per stream) in its own database, in the transaction that applies the event.
const seen = new Set<string>();
let handled = 0;

async function stop(code: number): Promise<never> {
  await consumer.disconnect().catch(() => undefined);
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

await consumer.connect();
// The relay creates an agency's topic with its first event for that agency: until then, wait for it.
for (;;) {
  try {
    await consumer.subscribe({ topic, fromBeginning: values['from-beginning'] });
    break;
  } catch (error) {
    if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
    process.stderr.write(`${topic} does not exist yet; waiting for the relay to create it\n`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
process.stderr.write(`consuming ${topic} from ${values.brokers}\n`);
await consumer.run({
  eachMessage: async ({ partition, message }) => {
    const result = validate(message.value);
    if (!result.ok) {
      // Not processed, and not retried for ever either: a real system would park it on a dead-letter topic.
      process.stderr.write(
        `invalid message at ${topic}/${partition}@${message.offset}: ${result.errors.join('; ')}\n`,
      );
    } else if (!seen.has(result.envelope.id)) {
      seen.add(result.envelope.id);
      const { globalPosition, type, streamId, data, metadata } = result.envelope;
      const about = typeof data.title === 'string' ? ` "${data.title}"` : '';
      process.stdout.write(`${globalPosition} ${metadata.occurredAt} ${type} ${streamId}${about}\n`);
    }
    if (++handled >= max) void stop(0);
  },
});
