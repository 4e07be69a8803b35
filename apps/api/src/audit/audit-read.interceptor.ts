import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { AccessLog, AuditedRequest } from './access-log';
import { afterRecording } from './recorded-outcome';

/** Every read of the audit, with its outcome, is itself an access record. */
@Injectable()
export class AuditReadInterceptor implements NestInterceptor {
  constructor(private readonly log: AccessLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    return afterRecording(next.handle(), 200, (settled) =>
      this.log.recordRequest(request, {
        type: 'audit-read',
        outcome: settled.ok ? 'success' : 'failure',
        status: settled.status,
        ...(settled.code ? { code: settled.code } : {}),
        ...(settled.reason && !settled.ok ? { reason: settled.reason } : {}),
      }),
    );
  }
}
