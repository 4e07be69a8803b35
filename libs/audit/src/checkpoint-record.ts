import type { Event } from '@hstf/domain';
import { z } from 'zod';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const position = z.string().regex(/^-?\d{1,20}$/, 'must be a global position in decimal');

/**
 * A signed statement that the global log, up to and including `position`, hashes to `runningHash`
 * (see running-hash.ts). `previous` names the checkpoint this one extends, so that checkpoints form a chain.
 */
export const checkpointSchema = z.strictObject({
  position,
  runningHash: sha256Hex,
  /** How many events the running hash covers, from the start of the log. */
  events: z.number().int().nonnegative(),
  previous: z.strictObject({ position, runningHash: sha256Hex }).nullable(),
  signedAt: z.iso.datetime({ offset: true }),
  algorithm: z.literal('Ed25519'),
  /** SHA-256 of the signing key's SubjectPublicKeyInfo (DER), hex. */
  keyId: sha256Hex,
  /** Ed25519 signature of checkpointPayload(...), base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

export type AuditCheckpointRecorded = Event<'AuditCheckpointRecorded', Checkpoint>;
