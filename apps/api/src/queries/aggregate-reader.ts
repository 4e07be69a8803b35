import { Injectable } from '@nestjs/common';
import type { Actor } from '@hstf/auth';
import { Command, Event, mayRead } from '@hstf/domain';
import type { FastifyReply } from 'fastify';
import { AggregateDefinition } from '../commands/aggregates';
import { StreamLoader } from '../commands/stream-loader';
import { notFound } from '../http/problem';
import { Readers } from './readers';

/**
 * GET of an aggregate's current state, folded from its stream, as the caller may read it (the domain's
 * scope rule, then the aggregate's field-level redaction). What the caller may not read does not exist
 * for it: the same 404, word for word, as an id that was never used.
 */
@Injectable()
export class AggregateReader {
  constructor(
    private readonly loader: StreamLoader,
    private readonly readers: Readers,
  ) {}

  async read<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    id: string,
    actor: Actor,
    reply: FastifyReply,
  ): Promise<{ id: string; revision: string; state: S }> {
    const [stream, reader] = await Promise.all([this.loader.load(aggregate, id), this.readers.of(actor)]);
    if (stream.revision === 'no_stream' || !mayRead(reader, aggregate.decider.scope(stream.state)))
      throw notFoundAggregate(aggregate.name, id);
    void reply.header('ETag', `"${stream.revision}"`);
    return { id, revision: String(stream.revision), state: aggregate.readAs(reader, stream.state) };
  }
}

export const notFoundAggregate = (name: string, id: string) => notFound(`No ${name} with id ${id}.`);
