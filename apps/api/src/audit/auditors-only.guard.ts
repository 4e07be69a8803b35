import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { canAudit } from '@hstf/auth';
import { forbidden } from '../http/problem';
import { AccessLog, AuditedRequest } from './access-log';

export const AUDIT_ROLE_REQUIRED = 'AUDIT_ROLE_REQUIRED';

/**
 * Only supervisors and auditors reach /audit. A refusal is itself an audit event (an attempt to read the
 * audit), recorded before the 403 is answered.
 */
@Injectable()
export class AuditorsOnly implements CanActivate {
  constructor(private readonly log: AccessLog) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    if (request.actor && canAudit(request.actor)) return true;
    const reason = 'Only supervisors and auditors read the audit.';
    await this.log.recordRequest(request, {
      type: 'audit-read',
      outcome: 'failure',
      status: 403,
      code: AUDIT_ROLE_REQUIRED,
      reason,
    });
    throw forbidden(reason, AUDIT_ROLE_REQUIRED);
  }
}
