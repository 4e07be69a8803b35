import { readSettings, settingProblems } from '@hstf/contracts';
import { refineStoreSettings, STORE_SETTING_FIELDS } from '@hstf/event-store';
import { z } from 'zod';
import { auditSettings } from '@hstf/audit';
import { deadlineSettings } from '@hstf/deadlines';
import { feedsSettings } from '@hstf/feeds';

/**
 * The API's whole configuration, read once from the environment and validated at start: a bad setting
 * stops the process with one clear line per problem instead of failing later on first use.
 */
const schema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    ...STORE_SETTING_FIELDS,
    HSTF_JWKS_URL: z.string().url().optional(),
    HSTF_JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    HSTF_JWT_ISSUER: z.string().min(1).default('hstf-command-center'),
    HSTF_JWT_AUDIENCE: z.string().min(1).default('hstf-api'),
    // A minute at least (shorter would refuse tokens before clocks agree), a week at most.
    HSTF_JWT_MAX_LIFETIME_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 60 * 60)
      .default(12 * 60 * 60),
    HSTF_BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(256 * 1024),
    HSTF_READ_WAIT_MS: z.coerce.number().int().min(0).max(30000).default(2000),
    HSTF_COMMAND_RETRIES: z.coerce.number().int().min(0).max(20).default(5),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .superRefine((env, ctx) => {
    refineStoreSettings(env, ctx);
    if (env.HSTF_JWKS_URL && env.HSTF_JWT_PUBLIC_KEY_FILE) {
      ctx.addIssue({
        code: 'custom',
        path: ['HSTF_JWKS_URL'],
        message: 'set either HSTF_JWKS_URL or HSTF_JWT_PUBLIC_KEY_FILE, not both',
      });
    }
  });

export type AppConfig = z.infer<typeof schema>;

export { ConfigError } from '@hstf/contracts';

/**
 * The app's settings, checked together with those its modules read later (audit, feeds, deadlines), so
 * that a start with several bad settings names them all at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const modules = [auditSettings, feedsSettings, deadlineSettings].flatMap((s) => settingProblems(s, env));
  return readSettings(schema, env, modules);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
