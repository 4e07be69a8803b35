import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { AuditModule } from '@hstf/audit';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { AuthGuard, TOKEN_VERIFIER, TokenVerifier } from '@hstf/auth';
import {
  EVENT_STORE,
  EventStore,
  LOG_FOLLOWER,
  LogFollower,
  PostgresDriver,
  SQL_DATABASE,
  STORE_SETTINGS,
} from '@hstf/event-store';
import { READ_MODELS, ReadModelQueries } from '@hstf/projections';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { DirectivesController } from './directives/directives.controller';
import { ReadModelsController } from './read-models/read-models.controller';
import { ReadPosition } from './read-models/read-position';
import { ApiMetrics } from './observability/metrics';
import { AggregateReader } from './queries/aggregate-reader';
import { SystemController } from './system/system.controller';
import { AgenciesController } from './agencies/agencies.controller';
import { AgencyDirectory } from './agencies/agency-directory';
import { TaskForcesController } from './task-forces/task-forces.controller';
import { TaskingsController } from './taskings/taskings.controller';
import { CommitmentsController } from './commitments/commitments.controller';
import { ReportsController } from './reports/reports.controller';
import { ReferralsController } from './referrals/referrals.controller';
import { ForfeituresController } from './forfeitures/forfeitures.controller';
import { RemissionLedgerController } from './forfeitures/remission-ledger.controller';
import { VictimServicesController } from './referrals/victim-services.controller';
import { OutreachController } from './outreach/outreach.controller';
import { OutreachFiguresController } from './outreach/outreach-figures.controller';
import { TalliesController } from './tallies/tallies.controller';
import { AUDIT_CONTROLLERS, AUDIT_PROVIDERS } from './audit/audit.providers';
import { FeedsController } from './feeds/feeds.controller';
import { FeedsModule, METRICS_REGISTRY } from '@hstf/feeds';
import { DeadlinesModule } from '@hstf/deadlines';
import { CommandsModule } from './commands/commands.module';
import { CommandPathOverdueMarker } from './deadlines/command-path-overdue-marker';
import { ME_CONTROLLERS, ME_PROVIDERS } from './me/me.providers';
import { LogFollowing } from './read-side/log-following';

export interface AppDependencies {
  readonly config: AppConfig;
  readonly store: EventStore;
  readonly sql: PostgresDriver;
  readonly readModels: ReadModelQueries;
  readonly verifier: TokenVerifier;
  readonly follower: LogFollower;
}

/**
 * The adapters chosen at start, and what every module of the app and of the libs (audit, feeds,
 * deadlines) injects from it: global, so that a lib's module needs no import of the app.
 */
@Global()
@Module({})
class InfrastructureModule {
  static register({ config, store, sql, readModels, verifier, follower }: AppDependencies): DynamicModule {
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: STORE_SETTINGS, useValue: config },
      { provide: EVENT_STORE, useValue: store },
      { provide: SQL_DATABASE, useValue: sql },
      { provide: READ_MODELS, useValue: readModels },
      { provide: TOKEN_VERIFIER, useValue: verifier },
      { provide: LOG_FOLLOWER, useValue: follower },
      LogFollowing,
      ApiMetrics,
      {
        provide: METRICS_REGISTRY,
        inject: [ApiMetrics],
        useFactory: (metrics: ApiMetrics) => metrics.registry,
      },
    ];
    return {
      module: InfrastructureModule,
      providers,
      exports: [
        APP_CONFIG,
        STORE_SETTINGS,
        EVENT_STORE,
        SQL_DATABASE,
        READ_MODELS,
        TOKEN_VERIFIER,
        LOG_FOLLOWER,
        ApiMetrics,
        METRICS_REGISTRY,
      ],
    };
  }
}

/**
 * The API wired from adapters chosen at start (see bootstrap.ts): the same module serves the embedded
 * profile (PGlite) and the distributed one (PostgreSQL server or EventStoreDB).
 */
@Module({})
export class AppModule {
  static register(dependencies: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.register(dependencies),
        CqrsModule.forRoot(),
        TerminusModule,
        AuditModule,
        CommandsModule,
        FeedsModule,
        DeadlinesModule.register({ marker: CommandPathOverdueMarker, imports: [CommandsModule] }),
      ],
      controllers: [
        SystemController,
        DirectivesController,
        TaskForcesController,
        AgenciesController,
        TaskingsController,
        CommitmentsController,
        ReportsController,
        ReferralsController,
        ForfeituresController,
        RemissionLedgerController,
        VictimServicesController,
        OutreachController,
        OutreachFiguresController,
        TalliesController,
        ...AUDIT_CONTROLLERS,
        ReadModelsController,
        FeedsController,
        ...ME_CONTROLLERS,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        ReadPosition,
        AggregateReader,
        AgencyDirectory,
        ...AUDIT_PROVIDERS,
        ...ME_PROVIDERS,
      ],
    };
  }
}
