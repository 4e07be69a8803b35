import { createHash } from 'node:crypto';
import type { EventEnvelope, EventMetadata } from '../envelope/event-envelope';
import { canonicalJson } from './canonical-json';

/** The `prevHash` of a stream's first event: 64 zeros, the hex width of a SHA-256. */
export const GENESIS_HASH = '0'.repeat(64);

/** Metadata as hashed: everything but the hash itself and the store's `recordedAt`. */
export type UnhashedMetadata = Omit<EventMetadata, 'hash' | 'recordedAt' | 'schemaVersion'>;

/** What the hash covers. `globalPosition` is absent: the store assigns it after the hash is computed. */
export type HashableEvent = Pick<
  EventEnvelope,
  'id' | 'type' | 'schemaVersion' | 'streamId' | 'streamPosition' | 'data'
> & { readonly metadata: UnhashedMetadata };

/**
 * Hex SHA-256 of the RFC 8785 canonical JSON of
 * `{ id, type, schemaVersion, streamId, streamPosition, data, metadata }`, where metadata holds every key but
 * `hash`, `recordedAt` and `schemaVersion` (hashed once, at the top). `metadata.prevHash` chains the event to
 * its stream's previous one, so changing, removing or reordering an event breaks every hash after it.
 * `streamPosition` is hashed as a decimal string because JSON numbers cannot carry every bigint exactly.
 * Hash the data as stored, before any upcasting: an upcast event is not the event that was signed.
 */
export function hashEvent(event: HashableEvent): string {
  const {
    hash: _hash,
    recordedAt: _recordedAt,
    schemaVersion: _schemaVersion,
    ...metadata
  } = event.metadata as EventMetadata;
  const hashed = {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamPosition: event.streamPosition.toString(),
    data: event.data,
    metadata,
  };
  return createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex');
}
