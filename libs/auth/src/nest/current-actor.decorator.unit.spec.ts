import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Actor } from '../actor';
import { actorOf, CurrentActor } from './current-actor.decorator';

const contextOf = (request: object) => new ExecutionContextHost([request, {}, () => undefined]);

describe('actorOf (behind @CurrentActor())', () => {
  it('returns the actor the guard attached', () => {
    const actor: Actor = { sub: 'sup-1', roles: ['supervisor'], states: [] };
    expect(actorOf(contextOf({ headers: {}, actor }))).toBe(actor);
  });

  it('fails loudly on a route the guard did not authenticate', () => {
    expect(() => actorOf(contextOf({ headers: {} }))).toThrow('@CurrentActor() used on a route');
  });

  it('is what a handler parameter marked @CurrentActor() receives', () => {
    class DirectivesController {
      issue(@CurrentActor() _actor: Actor): void {}
    }
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, DirectivesController, 'issue');
    const { factory } = Object.values(args)[0] as { factory: (data: unknown, context: unknown) => Actor };
    const actor: Actor = { sub: 'op-1', roles: ['operator'], states: [] };
    expect(factory(undefined, contextOf({ headers: {}, actor }))).toBe(actor);
  });
});
