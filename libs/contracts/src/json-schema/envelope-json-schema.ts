import { z } from 'zod';
import { audienceEnvelopeSchema, envelopeSchemaMeta, relayedEnvelopeSchema } from './relayed-envelope.schema';

/** Where the published schema lives in the repository; the version in the name is the envelope's, not an event's. */
export const ENVELOPE_JSON_SCHEMA_FILE = 'schemas/hstf-event-envelope.v1.schema.json';

export const ENVELOPE_JSON_SCHEMA_ID = 'https://hstf.example/schemas/hstf-event-envelope.v1.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a message value on the HSTF Kafka topics, generated from the contracts
 * so that it cannot say other than what the API appends. The committed copy is checked against it by a test.
 */
export function envelopeJsonSchema(): Record<string, unknown> {
  return publishedSchema(relayedEnvelopeSchema, {
    $id: ENVELOPE_JSON_SCHEMA_ID,
    title: 'HSTF event envelope (Kafka, v1)',
    description:
      'One event as published by the HSTF relay on the command center topic hstf.events.v1. `type` selects the shape of `data` and its schema version. ' +
      'Delivery is at least once: deduplicate by `id` (or by `globalPosition`).',
  });
}

export const AUDIENCE_JSON_SCHEMA_FILE = 'schemas/hstf-audience-envelope.v2.schema.json';

export const AUDIENCE_JSON_SCHEMA_ID = 'https://hstf.example/schemas/hstf-audience-envelope.v2.schema.json';

/** The JSON Schema of a message value on a state's or an agency's topic (`hstf.state.<st>.v2`, `hstf.agency.<code>.v2`). */
export function audienceEnvelopeJsonSchema(): Record<string, unknown> {
  return publishedSchema(audienceEnvelopeSchema, {
    $id: AUDIENCE_JSON_SCHEMA_ID,
    title: 'HSTF audience event envelope (Kafka, v2)',
    description:
      "One event as the HSTF relay publishes it on a state's or an agency's topic: as that audience may read it. " +
      "Another agency's own words (acknowledgement and pledge notes, progress reports, decline reasons) are left out; " +
      'metadata names the role and agency that acted, not the person. ' +
      'Delivery is at least once: deduplicate by `id` (or by `globalPosition`).',
  });
}

function publishedSchema(
  schema: z.ZodType,
  head: { $id: string; title: string; description: string },
): Record<string, unknown> {
  const {
    $schema,
    oneOf,
    $defs = {},
  } = z.toJSONSchema(schema, {
    metadata: envelopeSchemaMeta,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  });
  // zod lists definitions as it meets them; a reader wants the common parts first, then one per event type.
  const variantIds = new Set((oneOf ?? []).map((variant) => String(variant.$ref).replace('#/$defs/', '')));
  const [common, variants] = [false, true].map((isVariant) =>
    Object.fromEntries(Object.entries($defs).filter(([id]) => variantIds.has(id) === isVariant)),
  );
  return {
    $schema,
    ...head,
    oneOf,
    $defs: { ...common, ...variants },
  };
}
