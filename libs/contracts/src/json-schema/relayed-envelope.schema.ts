import { z } from 'zod';
import { agencyTextField } from '@hstf/domain';
import { storedMetadataSchema } from '../envelope/stored-metadata.schema';
import {
  addressee,
  addressees,
  agencyCode,
  aggregateId,
  instant,
  stateCode,
  text,
} from '../events/schema-parts';
import { currentEventSchemas } from './current-event-schemas';

/**
 * Names and descriptions for the published schema, kept out of zod's global registry: the shared parts
 * (instants, codes) are used by the API's own validation too, and must not carry the contract's ids there.
 */
export const envelopeSchemaMeta = z.registry<z.core.GlobalMeta>();

/** A copy of `schema` that the published schema names `id` (a `$defs` entry) and describes. */
function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  const copy = schema.clone() as T;
  envelopeSchemaMeta.add(copy, { id, description });
  return copy;
}

function described<T extends z.ZodType>(schema: T, description: string): T {
  const copy = schema.clone() as T;
  envelopeSchemaMeta.add(copy, { description });
  return copy;
}

// Shared parts of event data, named once so the published file refers to them instead of repeating them.
for (const [schema, id, description] of [
  [instant, 'Instant', 'An ISO-8601 instant with an offset, e.g. 2026-12-03T12:00:00Z.'],
  [
    aggregateId,
    'AggregateId',
    'The lower-case UUID of an aggregate (directive, tasking, commitment, report).',
  ],
  [stateCode, 'StateCode', 'A USPS code of a state, DC or a territory.'],
  [agencyCode, 'AgencyCode', 'An agency code from the catalog, e.g. FBI, ICE-HSI, TX-DPS.'],
  [text, 'Text', 'Free text that is not blank.'],
  [addressees, 'Addressees', 'Whole state task forces and agencies a directive is addressed to.'],
  [addressee, 'Addressee', 'One addressee of a directive: a state task force or an agency.'],
] as const) {
  envelopeSchemaMeta.add(schema, { id, description });
}

const decimalPosition = z.string().regex(/^(0|[1-9][0-9]*)$/);

const sha256Hex = storedMetadataSchema.shape.hash;

const metadata = named(
  storedMetadataSchema.extend({
    actor: described(
      storedMetadataSchema.shape.actor,
      "Who acted: the token's subject, the role the command was authorised under (`system` for the command center's own process managers), and the agency spoken for.",
    ),
    commandId: described(
      storedMetadataSchema.shape.commandId,
      'The command that produced the event; with the index in its batch it fixes the event id.',
    ),
    correlationId: described(
      storedMetadataSchema.shape.correlationId,
      'Shared by every event of one conversation (a request and what follows from it).',
    ),
    causationId: described(
      storedMetadataSchema.shape.causationId,
      'The command or event that caused this event.',
    ),
    occurredAt: described(storedMetadataSchema.shape.occurredAt, 'When the command was decided, ISO-8601.'),
    recordedAt: described(
      z.iso.datetime({ offset: true }),
      'When the event store committed the event, ISO-8601 (not covered by the hash).',
    ),
    scope: described(
      storedMetadataSchema.shape.scope,
      'The audiences (USPS state codes, agency codes) the event is routed to and readable by, sorted.',
    ),
    prevHash: described(sha256Hex, "SHA-256 of the stream's previous event; 64 zeros for the first."),
    hash: described(
      sha256Hex,
      "SHA-256 over the canonical envelope and prevHash: the stream's tamper-evident chain.",
    ),
    schemaVersion: described(
      storedMetadataSchema.shape.schemaVersion,
      "Same as the envelope's schemaVersion, as the store keeps it.",
    ),
    requestHash: described(
      sha256Hex,
      'SHA-256 of the HTTP request when it carried an Idempotency-Key.',
    ).optional(),
  }),
  'EventMetadata',
  'Audit metadata. Keys added by later releases may appear and must be kept, since they are hashed.',
);

const eventId = named(
  z.uuid(),
  'EventId',
  'UUID v5 of the command id and the index of the event in its batch: a re-delivered event has the same id, so consumers deduplicate by it.',
);
const streamId = named(
  z.string().min(1),
  'StreamId',
  'The aggregate\'s stream, e.g. "directive-<uuid>"; Kafka messages are keyed by it, so one aggregate\'s events keep their order.',
);
const streamPosition = named(
  decimalPosition,
  'StreamPosition',
  '0-based revision of the event within its stream, as a decimal string.',
);
const globalPosition = named(
  decimalPosition,
  'GlobalPosition',
  'Store-wide order of the event, as a decimal string (it may exceed what a JSON number holds exactly); increasing, not contiguous.',
);

/** One envelope shape per event type: the type fixes the schema version and the shape of `data`. */
const variants = currentEventSchemas().map(({ type, version, schema }) =>
  named(
    z.strictObject({
      id: eventId,
      type: z.literal(type),
      schemaVersion: z.literal(version),
      streamId,
      streamPosition,
      globalPosition,
      data: schema,
      metadata,
    }),
    type,
    `A ${type} event at schema version ${version}.`,
  ),
);

/**
 * The event envelope as the relay publishes it on the command center's topic (`hstf.events.v1`): JSON,
 * positions as decimal strings, data and metadata as stored, data at its current schema version.
 */
export const relayedEnvelopeSchema = z.discriminatedUnion(
  'type',
  variants as unknown as [z.ZodObject, ...z.ZodObject[]],
);

/**
 * What an audience topic's consumer may know of who acted: the role and the agency spoken for, not the
 * person (a liaison's token subject is another agency's business), and none of the command center's
 * bookkeeping (command and correlation ids, the hash chain, which is the auditor's and would show by its
 * gaps how many events the audience was not sent).
 */
const audienceMetadata = named(
  z.strictObject({
    actor: described(
      z.strictObject({
        role: storedMetadataSchema.shape.actor.shape.role,
        agency: storedMetadataSchema.shape.actor.shape.agency,
      }),
      'The role the command was authorised under (`system` for the command center itself) and the agency spoken for.',
    ),
    occurredAt: described(storedMetadataSchema.shape.occurredAt, 'When the command was decided, ISO-8601.'),
    recordedAt: described(
      z.iso.datetime({ offset: true }),
      'When the event store committed the event, ISO-8601.',
    ),
    scope: described(
      storedMetadataSchema.shape.scope,
      'The state task forces and agencies the event concerns, sorted.',
    ),
    schemaVersion: described(
      storedMetadataSchema.shape.schemaVersion,
      "Same as the envelope's schemaVersion.",
    ),
  }),
  'AudienceMetadata',
  'Who acted (role and agency), when, and whom the event concerns.',
);

/** The event type's data, with the field that holds an agency's own words optional: withheld from others. */
function audienceData(type: string, schema: z.ZodType): z.ZodType {
  const field = agencyTextField(type);
  if (field === undefined) return schema;
  return (schema as z.ZodObject).partial({ [field]: true } as Record<string, true> as never);
}

const audienceVariants = currentEventSchemas().map(({ type, version, schema }) => {
  const field = agencyTextField(type);
  return named(
    z.strictObject({
      id: eventId,
      type: z.literal(type),
      schemaVersion: z.literal(version),
      streamId,
      streamPosition,
      globalPosition,
      data: audienceData(type, schema),
      metadata: audienceMetadata,
    }),
    type,
    field === undefined
      ? `A ${type} event at schema version ${version}.`
      : `A ${type} event at schema version ${version}; \`data.${field}\` is there only on the topic of the agency that wrote it.`,
  );
});

/**
 * The envelope on the per-audience topics (`hstf.state.<st>.v2`, `hstf.agency.<code>.v2`): the same event,
 * as its audience may read it. An agency's topic carries that agency's own words; a state's topic, read by
 * the liaisons of many agencies, carries none.
 */
export const audienceEnvelopeSchema = z.discriminatedUnion(
  'type',
  audienceVariants as unknown as [z.ZodObject, ...z.ZodObject[]],
);
