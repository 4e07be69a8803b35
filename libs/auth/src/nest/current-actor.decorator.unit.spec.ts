import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Actor } from '../actor';
import { actorOf } from './current-actor.decorator';

const contextOf = (request: object) => new ExecutionContextHost([request, {}, () => undefined]);

describe('actorOf (behind @CurrentActor())', () => {
  it('returns the actor the guard attached', () => {
    const actor: Actor = { sub: 'sup-1', roles: ['supervisor'], states: [] };
    expect(actorOf(contextOf({ headers: {}, actor }))).toBe(actor);
  });

  it('fails loudly on a route the guard did not authenticate', () => {
    expect(() => actorOf(contextOf({ headers: {} }))).toThrow('@CurrentActor() used on a route');
  });
});
