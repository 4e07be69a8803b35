import { readableEvent, Reader, readsEverything } from '@hstf/domain';
import {
  EventEnvelope,
  EventMetadata,
  eventRegistry,
  HstfEvent,
  FieldError,
  MalformedStoredEventError,
  RecordedStoredEvent,
} from '@hstf/contracts';

/**
 * The envelope as it travels on every topic: JSON, with both positions as decimal strings because they
 * exceed what a JSON number holds exactly (a global position encodes the writing transaction's id).
 */
export interface RelayedEnvelope {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamPosition: string;
  readonly globalPosition: string;
  readonly data: unknown;
  /** As stored, with the store's commit time added as `recordedAt`. */
  readonly metadata: EventMetadata;
}

/**
 * Checks what the relay routes and labels by (scope, schema version) and passes the rest through as stored:
 * the full metadata schema and the hash chain are the command path's and the auditor's to check, and
 * re-validating every event here would cost the relay a sixth of its throughput. Throws
 * MalformedStoredEventError rather than route an event blind.
 */
export function toRelayedEnvelope(recorded: RecordedStoredEvent): RelayedEnvelope {
  const metadata = recorded.metadata;
  const errors = [...scopeErrors(metadata.scope), ...schemaVersionErrors(metadata.schemaVersion)];
  if (errors.length > 0) throw new MalformedStoredEventError(recorded.id, errors);
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: metadata.schemaVersion as number,
    streamId: recorded.streamId,
    streamPosition: recorded.streamPosition.toString(),
    globalPosition: recorded.globalPosition.toString(),
    data: recorded.data,
    metadata: { ...metadata, recordedAt: recorded.recordedAt.toISOString() } as unknown as EventMetadata,
  };
}

/** What an audience topic says of an event's metadata (see `audienceEnvelopeSchema` in libs/contracts). */
export interface AudienceMetadata {
  readonly actor: { readonly role: string; readonly agency?: string };
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly scope: { readonly states: readonly string[]; readonly agencies: readonly string[] };
  readonly schemaVersion: number;
}

/** The envelope on a state's or an agency's topic: the event as that audience may read it. */
export interface AudienceEnvelope extends Omit<RelayedEnvelope, 'metadata'> {
  readonly metadata: AudienceMetadata;
}

/**
 * The envelope for one audience: data without the words of an agency the audience is not (the domain's
 * `readableEvent`), metadata without the person who acted, the command center's ids and the hash chain.
 * An event whose shape this build does not know (a newer type, or a newer schema version of a known one)
 * goes to the audiences with no data at all: no rule here says which of its fields are an agency's words.
 */
export function toAudienceEnvelope(envelope: RelayedEnvelope, reader: Reader): AudienceEnvelope {
  const { actor, occurredAt, recordedAt, scope } = envelope.metadata;
  const data = knowsShapeOf(envelope)
    ? readableEvent(reader, { type: envelope.type, data: envelope.data }).data
    : readsEverything(reader)
      ? envelope.data
      : null;
  return {
    ...envelope,
    data,
    metadata: {
      // The relay does not re-validate what the command path stored (see toRelayedEnvelope): no actor, none.
      actor: actor?.agency === undefined ? { role: actor?.role } : { role: actor.role, agency: actor.agency },
      occurredAt,
      recordedAt: recordedAt as string,
      scope,
      schemaVersion: envelope.schemaVersion,
    },
  };
}

const knownTypes = new Set<string>(eventRegistry.types());

const knowsShapeOf = ({ type, schemaVersion }: RelayedEnvelope): boolean =>
  knownTypes.has(type) && eventRegistry.currentVersion(type as HstfEvent['type']) === schemaVersion;

/** The consumer's side: a message value back to the envelope, positions as bigints again. */
export function decodeRelayedEnvelope(value: Buffer | string): EventEnvelope {
  const wire = JSON.parse(value.toString()) as RelayedEnvelope;
  return {
    ...wire,
    streamPosition: BigInt(wire.streamPosition),
    globalPosition: BigInt(wire.globalPosition),
  };
}

function scopeErrors(scope: unknown): FieldError[] {
  const { states, agencies } = (scope ?? {}) as { states?: unknown; agencies?: unknown };
  return [
    ...(isCodeList(states) ? [] : [{ path: 'scope.states', reason: 'must be a list of state codes' }]),
    ...(isCodeList(agencies) ? [] : [{ path: 'scope.agencies', reason: 'must be a list of agency codes' }]),
  ];
}

function schemaVersionErrors(version: unknown): FieldError[] {
  return Number.isSafeInteger(version) && (version as number) > 0
    ? []
    : [{ path: 'schemaVersion', reason: 'must be a positive integer' }];
}

const isCodeList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((code) => typeof code === 'string' && code.length > 0);
