import { APP_INTERCEPTOR } from '@nestjs/core';
import { Provider } from '@nestjs/common';
import { AccessQuery } from './access-query';
import { AuditAccessController } from './audit-access.controller';
import { AuditBoardController } from './audit-board.controller';
import { RefusedCommandInterceptor } from './refused-command.interceptor';
import { AuditReadInterceptor } from './audit-read.interceptor';
import { AuditStreamsController } from './audit-streams.controller';
import { AuditTrailController } from './audit-trail.controller';
import { AuditVerifyController } from './audit-verify.controller';
import { AuditorsOnly } from './auditors-only.guard';
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
 * The audit's HTTP side, registered in the app module beside the others; the audit's own services are
 * AuditModule's (libs/audit). Two of them reach beyond /audit: a command refused before the command path takes it is
 * recorded by a global interceptor (the path records the others), and the AuthGuard's token decisions go
 * to the access log through ACCESS_AUDIT_SINK.
 */
export const AUDIT_PROVIDERS: Provider[] = [
  AuditorsOnly,
  AuditReadInterceptor,
  StreamHistory,
  TrailFinder,
  AccessQuery,
  { provide: APP_INTERCEPTOR, useClass: RefusedCommandInterceptor },
];
