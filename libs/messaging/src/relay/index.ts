export { EventRelay, type RelayState } from './event-relay';
export type { RelayDependencies, RelayOptions } from './relay-options';
export { eventMessages, RELAY_HEADERS } from './event-messages';
export {
  decodeRelayedEnvelope,
  toAudienceEnvelope,
  toRelayedEnvelope,
  type AudienceEnvelope,
  type AudienceMetadata,
  type RelayedEnvelope,
} from './relayed-envelope';
export type { CheckpointStore } from './checkpoint-store';
export { PostgresCheckpointStore } from './postgres-checkpoint-store';
export type { LeaseHold, RelayLease } from './relay-lease';
export { AdvisoryLockLease, type AdvisoryLockLeaseOptions } from './advisory-lock-lease';
export { UncontestedLease } from './uncontested-lease';
export { RelayMetrics, type LagProbe } from './relay-metrics';
