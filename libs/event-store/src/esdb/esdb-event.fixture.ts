import type { AllStreamResolvedEvent, JSONType, MetadataType } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';

export interface EsdbEventFields {
  readonly streamId: string;
  readonly revision: bigint;
  readonly type: string;
  readonly position: bigint;
  readonly data?: JSONType;
  readonly metadata?: MetadataType;
  readonly id?: string;
  readonly created?: Date;
}

/** A recorded event as the client decodes it from $all: commit and prepare equal, as for any gRPC append. */
export function esdbEvent(fields: EsdbEventFields): AllStreamResolvedEvent {
  const position = { commit: fields.position, prepare: fields.position };
  return {
    event: {
      streamId: fields.streamId,
      id: fields.id ?? randomUUID(),
      isJson: true,
      revision: fields.revision,
      type: fields.type,
      created: fields.created ?? new Date('2025-03-01T12:00:00Z'),
      data: fields.data ?? {},
      metadata: fields.metadata,
      position,
    },
    commitPosition: fields.position,
  };
}

/** EventStoreDB's own records, present in every store: stream metadata and the default user. */
export const systemEvent = (position: bigint): AllStreamResolvedEvent =>
  esdbEvent({ streamId: '$$directive-1', revision: 0n, type: '$metadata', position });
