import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from '../actor';
import { AuthenticatedRequest } from './authenticated-request';

export function actorOf(context: ExecutionContext): Actor {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  // Only a route marked @Public() reaches a handler without an actor; asking for one there is a bug.
  if (!actor) throw new Error('@CurrentActor() used on a route the AuthGuard did not authenticate');
  return actor;
}

/** The verified Actor of the request, set by the AuthGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  actorOf(context),
);
