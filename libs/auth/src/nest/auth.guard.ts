import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  Optional,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isOutage } from '../token-failure';
import { TokenVerifier } from '../token-verifier';
import { AccessAuditSink, AccessDecisionEvent } from './access-audit-sink';
import { ACCESS_AUDIT_SINK, TOKEN_VERIFIER } from './auth-tokens';
import { AuthenticatedRequest } from './authenticated-request';
import { bearerToken } from './bearer-token';
import { IS_PUBLIC } from './public.decorator';
import { recordedReason } from './recorded-reason';

type Decision = Omit<AccessDecisionEvent, 'at' | 'component'>;

/**
 * Authenticates every route not marked @Public(). It answers who is calling; what they may do is
 * authorizeCommand's and the read policy's question, asked by the handlers that know the command.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: Pick<TokenVerifier, 'verify'>,
    @Optional() @Inject(ACCESS_AUDIT_SINK) private readonly sink?: AccessAuditSink,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const open = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (open) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerToken(request.headers.authorization);
    const verification = bearer.ok ? await this.verifier.verify(bearer.token) : bearer;
    if (!verification.ok) {
      await this.onDecision({
        type: 'token-refused',
        outcome: 'deny',
        reason: recordedReason(verification.reason),
      });
      // An unreachable key set or agency catalog is our outage, not the caller's bad token: 503 says retry.
      if (isOutage(verification)) throw new ServiceUnavailableException(verification.reason);
      throw new UnauthorizedException(verification.reason);
    }
    request.actor = verification.actor;
    await this.onDecision({ type: 'token-accepted', outcome: 'allow', subject: verification.actor.sub });
    return true;
  }

  private async onDecision(decision: Decision): Promise<void> {
    if (!this.sink) return;
    await this.sink.record({ at: new Date().toISOString(), component: 'api', ...decision });
  }
}
