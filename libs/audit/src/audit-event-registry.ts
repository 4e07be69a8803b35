import { EventTypeRegistry } from '@hstf/contracts';
import { AccessRecorded, accessRecordSchema } from './access-record';
import { AuditCheckpointRecorded, checkpointSchema } from './checkpoint-record';

export type AuditEvent = AccessRecorded | AuditCheckpointRecorded;

/**
 * The audit's own event types, kept out of the domain's registry: they are records about the system, not
 * facts of the domain, no decider folds them, and a consumer of domain events must never have to know them.
 * They share the envelope and the hash chain, so one verifier covers both.
 */
export const auditEventRegistry = new EventTypeRegistry<AuditEvent>()
  .register({ type: 'AccessRecorded', version: 1, schema: accessRecordSchema })
  .register({ type: 'AuditCheckpointRecorded', version: 1, schema: checkpointSchema });
