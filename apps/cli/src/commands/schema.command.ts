import { Command } from 'commander';
import { ENVELOPE_JSON_SCHEMA_FILE, envelopeJsonSchema } from '@hstf/contracts';

/**
 * `hstf schema`: prints the JSON Schema of the event envelope as published on Kafka, generated from the
 * contracts. A unit test fails while the committed copy differs from it.
 */
export const schemaCommand = (): Command =>
  new Command('schema')
    .description(
      `print the JSON Schema of the Kafka event envelope (committed as ${ENVELOPE_JSON_SCHEMA_FILE})`,
    )
    .action(() => {
      process.stdout.write(`${JSON.stringify(envelopeJsonSchema(), null, 2)}\n`);
    });
