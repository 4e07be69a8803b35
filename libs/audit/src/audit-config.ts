import { join } from 'node:path';
import { readSettings } from '@hstf/contracts';
import { DEFAULT_CUT_SKEW_MS } from './as-of-cut';
import { z } from 'zod';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export const auditSettings = z.object({
  /** How often the API signs a checkpoint of the global log; 0 turns the timer off. */
  HSTF_AUDIT_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  /** The Ed25519 key checkpoints and exports are signed with; every API replica and the CLI must share it. */
  HSTF_AUDIT_KEY_FILE: z.string().min(1).optional(),
  /** How far past an as-of time a reader goes before it stops (see Cut in libs/contracts). */
  HSTF_AUDIT_CUT_SKEW_MS: z.coerce.number().int().min(0).max(3_600_000).default(DEFAULT_CUT_SKEW_MS),
  /** A board's cached fold keeps a snapshot every this many events read: the most an as-of query re-reads. */
  HSTF_AUDIT_BOARD_SNAPSHOT_EVERY: z.coerce.number().int().min(100).default(5_000),
  /** Boards whose snapshots are kept, least recently asked dropped first. */
  HSTF_AUDIT_BOARD_CACHED_STATES: z.coerce.number().int().min(0).default(8),
});

export interface AuditConfig {
  readonly checkpointIntervalMs: number;
  readonly keyFile: string;
  readonly cutSkewMs: number;
  readonly boardSnapshotEvery: number;
  readonly boardCachedStates: number;
}

/**
 * The audit's settings, beside the app's (they are read from the same environment). The checkpoint timer is
 * on by default and off under Jest (NODE_ENV=test) unless a test sets the interval.
 */
export function loadAuditConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const settings = readSettings(auditSettings, env);
  return {
    checkpointIntervalMs:
      settings.HSTF_AUDIT_CHECKPOINT_INTERVAL_MS ?? (env.NODE_ENV === 'test' ? 0 : FIFTEEN_MINUTES),
    keyFile: settings.HSTF_AUDIT_KEY_FILE ?? join(dataDir, 'keys', 'audit-ed25519.pem'),
    cutSkewMs: settings.HSTF_AUDIT_CUT_SKEW_MS,
    boardSnapshotEvery: settings.HSTF_AUDIT_BOARD_SNAPSHOT_EVERY,
    boardCachedStates: settings.HSTF_AUDIT_BOARD_CACHED_STATES,
  };
}

export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');
