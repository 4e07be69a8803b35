import { Injectable } from '@nestjs/common';
import type { Actor } from '@hstf/auth';
import { Command, Event, Scope } from '@hstf/domain';
import type { FastifyReply } from 'fastify';
import { AggregateDefinition } from '../commands/aggregates';
import { StreamLoader } from '../commands/stream-loader';
import { forbidden, notFound } from '../http/problem';

/**
 * GET of an aggregate's current state, folded from its stream. Liaisons read only what concerns their
 * own agency or their assigned states; every other role reads everything.
 */
@Injectable()
export class AggregateReader {
  constructor(private readonly loader: StreamLoader) {}

  async read<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    id: string,
    actor: Actor,
    reply: FastifyReply,
  ): Promise<{ id: string; revision: string; state: S }> {
    const stream = await this.loader.load(aggregate, id);
    if (stream.revision === 'no_stream') throw notFound(`No ${aggregate.name} with id ${id}.`);
    if (!mayRead(actor, aggregate.decider.scope(stream.state))) {
      throw forbidden(
        `This ${aggregate.name} does not concern agency ${actor.agency ?? '(none)'} or its states.`,
      );
    }
    void reply.header('ETag', `"${stream.revision}"`);
    return { id, revision: String(stream.revision), state: stream.state };
  }
}

export function mayRead(actor: Actor, scope: Scope): boolean {
  if (actor.roles.some((role) => role !== 'liaison')) return true;
  return (
    (actor.agency !== undefined && scope.agencies.includes(actor.agency)) ||
    scope.states.some((state) => actor.states.includes(state))
  );
}
