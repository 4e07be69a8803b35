import { Command } from 'commander';
import {
  AUDIENCE_JSON_SCHEMA_FILE,
  audienceEnvelopeJsonSchema,
  ENVELOPE_JSON_SCHEMA_FILE,
  envelopeJsonSchema,
} from '@hstf/contracts';

/**
 * `hstf schema [--audience]`: prints the JSON Schema of the event envelope as published on Kafka, generated
 * from the contracts: the command center's topic, or with --audience a state's or an agency's topic. A unit
 * test fails while a committed copy differs from it.
 */
export const schemaCommand = (): Command =>
  new Command('schema')
    .description(
      `print the JSON Schema of the Kafka event envelope (committed as ${ENVELOPE_JSON_SCHEMA_FILE}; with --audience, ${AUDIENCE_JSON_SCHEMA_FILE})`,
    )
    .option('--audience', "the envelope on a state's or an agency's topic")
    .action((options: { audience?: boolean }) => {
      const schema = options.audience ? audienceEnvelopeJsonSchema() : envelopeJsonSchema();
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
