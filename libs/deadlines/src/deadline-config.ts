import { readSettings } from '@hstf/contracts';
import { z } from 'zod';

export const deadlineSettings = z.object({
  /** `off` stops the process manager in this API process (another replica or process may run it). */
  HSTF_DEADLINES: z.enum(['on', 'off']).optional(),
  /** How often deadlines are checked when no event arrives: the most an overdue mark can lag its deadline. */
  HSTF_DEADLINE_TICK_MS: z.coerce.number().int().min(10).max(3_600_000).default(15_000),
});

export interface DeadlineConfig {
  readonly enabled: boolean;
  readonly tickMs: number;
}

/**
 * The process manager's settings, read from the same environment as the app's. On by default, and off
 * under Jest (NODE_ENV=test) unless a test turns it on: end-to-end suites count the events they append.
 */
export function loadDeadlineConfig(env: NodeJS.ProcessEnv = process.env): DeadlineConfig {
  const { HSTF_DEADLINES, HSTF_DEADLINE_TICK_MS } = readSettings(deadlineSettings, env);
  return {
    enabled: (HSTF_DEADLINES ?? (env.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
    tickMs: HSTF_DEADLINE_TICK_MS,
  };
}

export const DEADLINE_CONFIG = Symbol('DEADLINE_CONFIG');
