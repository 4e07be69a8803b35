import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadOrCreateLocalKey, mintToken, Role } from '@hstf/auth';
import { EventStore, SQL_DATABASE, SqlClient } from '@hstf/event-store';
import request from 'supertest';
import { createApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { JsonLogger } from '../../apps/api/src/observability/json-logger';

export interface TokenRequest {
  readonly agency?: string;
  readonly states?: readonly string[];
  readonly sub?: string;
}

export interface TestApi {
  readonly http: () => ReturnType<typeof request>;
  readonly store: EventStore;
  /** The app's own database (the store and the read models), for tests that set up what HTTP cannot. */
  readonly sql: SqlClient;
  readonly dataDir: string;
  /** The API also listens on an ephemeral port of 127.0.0.1, for clients that need a real URL. */
  readonly url: string;
  token(role: Role | Role[], claims?: TokenRequest): Promise<string>;
  close(): Promise<void>;
}

/**
 * The API as `npm start` runs it (embedded profile: PGlite in a fresh data directory, local signing key),
 * served in-process for supertest. Tokens are minted with the same local key the CLI uses.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  /** Every log line at info and above, for suites that check what the API logs; none by default. */
  logLine?: (line: string) => void,
): Promise<TestApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hstf-e2e-'));
  const config = loadConfig({ HSTF_DATA_DIR: dataDir, LOG_LEVEL: 'error', ...env });
  const logger = logLine ? new JsonLogger('info', logLine) : new JsonLogger('error', () => undefined);
  const api = await createApi(config, logger);
  const app = api.app as NestFastifyApplication;
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const key = await loadOrCreateLocalKey(dataDir);
  return {
    http: () => request(app.getHttpServer()),
    store: api.store,
    sql: app.get<SqlClient>(SQL_DATABASE),
    dataDir,
    url,
    async token(role, claims = {}) {
      const roles = Array.isArray(role) ? role : [role];
      const sub = claims.sub ?? `${roles.join('+')}${claims.agency ? `.${claims.agency}` : ''}@test`;
      return mintToken(key, { sub, roles, agency: claims.agency, states: claims.states ?? [] });
    },
    async close() {
      await api.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every event in the store, for assertions that a refused request appended nothing. */
export async function allEvents(store: EventStore) {
  return store.readAll({ maxCount: 100_000 });
}
