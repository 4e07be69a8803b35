import { applyDecorators, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import { AuditorsOnly } from './auditors-only.guard';
import { AuditReadInterceptor } from './audit-read.interceptor';

/** An audit controller: supervisors and auditors only, every read recorded. */
export const AuditRoute = (): ClassDecorator =>
  applyDecorators(
    ApiTags('audit'),
    ApiBearerAuth(),
    ApiForbiddenResponse({ description: 'Not a supervisor or an auditor (code AUDIT_ROLE_REQUIRED)' }),
    UseGuards(AuditorsOnly),
    UseInterceptors(AuditReadInterceptor),
  );
