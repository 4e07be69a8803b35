import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsKnownAgency, loadOrCreateLocalKey, TokenVerifier } from '@hstf/auth';
import { ReadModelQueries } from '@hstf/projections';
import { EventStore, LogFollower, openDatabases } from '@hstf/event-store';
import { AppModule } from './app.module';
import { StreamLoader } from './commands/stream-loader';
import { startEmbeddedPipeline } from './embedded/embedded-pipeline';
import { AppConfig } from './config/app-config';
import { useJsonBodyParser } from './http/json-body.parser';
import { jsonOnly } from './http/json-only.hook';
import { setUpOpenApi } from './http/openapi-document';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe } from './http/validation.pipe';
import { JsonLogger } from './observability/json-logger';
import { structuredLogger } from './observability/structured-logger';
import { AccessLog } from './audit/access-log';
import { RequestRecords } from './http/request-records';
import { ApiMetrics } from './observability/metrics';
import { EmbeddedStoreOwner } from '@hstf/audit';
import { AgencyCatalog } from './reference/agency-catalog';

export interface RunningApi {
  readonly app: INestApplication;
  readonly url: string;
  readonly store: EventStore;
  readonly logger: JsonLogger;
  close(): Promise<void>;
}

/**
 * Trusted keys: an identity provider's (JWKS or PEM) when configured, else the embedded local key. A
 * token's "agency" must be in the catalog: the shipped federal agencies or one an admin registered.
 */
async function createVerifier(config: AppConfig, isKnownAgency: IsKnownAgency): Promise<TokenVerifier> {
  const options = {
    issuer: config.HSTF_JWT_ISSUER,
    audience: config.HSTF_JWT_AUDIENCE,
    maxLifetimeSeconds: config.HSTF_JWT_MAX_LIFETIME_SECONDS,
    isKnownAgency,
  };
  if (config.HSTF_JWKS_URL)
    return TokenVerifier.create(
      { jwksUrl: config.HSTF_JWKS_URL },
      { ...options, algorithms: ['ES256', 'RS256'] },
    );
  if (config.HSTF_JWT_PUBLIC_KEY_FILE) {
    return TokenVerifier.create(
      { publicKeyFile: config.HSTF_JWT_PUBLIC_KEY_FILE },
      { ...options, algorithms: ['ES256', 'RS256'] },
    );
  }
  const local = await loadOrCreateLocalKey(config.HSTF_DATA_DIR);
  return TokenVerifier.create({ publicKeyPem: local.publicKeyPem }, options);
}

export async function createApi(
  config: AppConfig,
  logger = new JsonLogger(config.LOG_LEVEL),
): Promise<RunningApi> {
  const databases = await openDatabases(config);
  const { store, sql } = databases;
  const readModels = new ReadModelQueries(sql);
  // The catalog the commands check agencies against, read from the same store the app module is given.
  const agencies = new AgencyCatalog(new StreamLoader(store));
  const verifier = await createVerifier(config, (code) => agencies.isKnown(code));
  const records = new RequestRecords();
  // The process's one subscription to the global log: the deadline process joins it, and in the embedded
  // profile the projections too (LogFollowing starts it once the app is up).
  const follower = new LogFollower(store, {
    // Measured on bench:api (embedded, 16 connections): 10 ms of linger took issue-directive from 134 to
    // 147 commands/s and 13.5 to 11 statements a command; 25 ms gained nothing more.
    lingerMs: 10,
    logger: structuredLogger('LogFollower'),
  });
  const adapter = new FastifyAdapter({
    bodyLimit: config.HSTF_BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    frameworkErrors: records.frameworkErrors,
    clientErrorHandler: records.clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register({ config, store, sql, readModels, verifier, follower }),
    adapter,
    {
      logger,
      bufferLogs: false,
      // Our own JSON parser (http/json-body.parser.ts) answers a malformed body as problem+json.
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // Every log line and access record of a request carries the server's correlation id for it.
  records.attach(fastify, app.get(AccessLog), app.get(ApiMetrics));
  app.get(ApiMetrics).countStatements(sql);
  fastify.addHook('onRequest', jsonOnly);
  useJsonBodyParser(fastify);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  // No app.enableShutdownHooks(): main.ts owns the signals. Nest's hooks re-raise the signal once the app
  // has closed, which killed the process (143) before the pipeline and the databases were closed.
  setUpOpenApi(app);
  // Embedded profile: the projections are applied here from the store; in the distributed one the relay
  // and the projector are processes of their own, with Kafka between them.
  const pipeline =
    config.HSTF_EVENT_STORE === 'pglite'
      ? await startEmbeddedPipeline(store, sql, readModels, app.get(ApiMetrics).registry, follower)
      : undefined;
  return {
    app,
    url: '',
    store,
    logger,
    close: async () => {
      const owner = app.get(EmbeddedStoreOwner);
      await app.close();
      await pipeline?.stop();
      await databases.close();
      await owner.release();
    },
  };
}

export async function startApi(config: AppConfig): Promise<RunningApi> {
  const api = await createApi(config);
  await api.app.listen(config.PORT, config.HOST);
  const url = await api.app.getUrl();
  api.logger.log(
    { msg: 'HSTF command center API listening', url, eventStore: config.HSTF_EVENT_STORE },
    'Main',
  );
  return { ...api, url };
}
