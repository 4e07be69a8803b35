import { APP_INTERCEPTOR } from '@nestjs/core';
import { Provider } from '@nestjs/common';
import { ACCESS_AUDIT_SINK } from '@hstf/auth';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccessLog } from './access-log';
import { AccessQuery } from './access-query';
import { AuditAccessController } from './audit-access.controller';
import { AuditBoardController } from './audit-board.controller';
import { AUDIT_CONFIG, loadAuditConfig } from './audit-config';
import { RefusedCommandInterceptor } from './refused-command.interceptor';
import { AuditKeyring } from './audit-keyring';
import { AuditReadInterceptor } from './audit-read.interceptor';
import { AuditStreamsController } from './audit-streams.controller';
import { AuditTrailController } from './audit-trail.controller';
import { AuditVerifyController } from './audit-verify.controller';
import { AuditorsOnly } from './auditors-only.guard';
import { BoardHistory } from './board-history';
import { CheckpointTimer } from './checkpoint-timer';
import { EmbeddedStoreOwner } from './embedded-store-owner';
import { StreamHistory } from './stream-history';
import { TrailFinder } from './trail-finder';

export const AUDIT_CONTROLLERS = [
  AuditStreamsController,
  AuditBoardController,
  AuditTrailController,
  AuditVerifyController,
  AuditAccessController,
];

/**
 * The audit's providers, registered in the app module beside the others (they need its event store
 * and config). Two of them reach beyond /audit: a command refused before the command path takes it is
 * recorded by a global interceptor (the path records the others), and the AuthGuard's token decisions go
 * to the access log through ACCESS_AUDIT_SINK.
 */
export const AUDIT_PROVIDERS: Provider[] = [
  {
    provide: AUDIT_CONFIG,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => loadAuditConfig(config.HSTF_DATA_DIR),
  },
  AccessLog,
  { provide: ACCESS_AUDIT_SINK, useExisting: AccessLog },
  AuditKeyring,
  AuditorsOnly,
  AuditReadInterceptor,
  StreamHistory,
  BoardHistory,
  TrailFinder,
  AccessQuery,
  CheckpointTimer,
  EmbeddedStoreOwner,
  { provide: APP_INTERCEPTOR, useClass: RefusedCommandInterceptor },
];
