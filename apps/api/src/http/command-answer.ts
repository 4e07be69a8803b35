import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandResult, SendCommand } from '../commands/command-path';
import { AnyCommandSpec, CommandRequest } from '../commands/command-spec';

/** What every command answers: where the aggregate is, its new revision and the global position. */
export class CommandAnswer {
  @ApiProperty({ example: '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11' })
  id!: string;
  @ApiProperty({ example: 'directive-3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11' })
  streamId!: string;
  @ApiProperty({ example: '0', description: 'Stream revision after the command (also in ETag)' })
  revision!: string;
  @ApiProperty({
    example: '42',
    description: 'Global position of the last event; pass as minPosition to queries',
  })
  position!: string;
  @ApiProperty({ example: ['0d6f4a8e-2c1b-5e3d-9f7a-6b5c4d3e2f1a'] })
  eventIds!: string[];
  @ApiProperty({
    example: false,
    description: 'True when this repeats the answer to an earlier identical request',
  })
  replayed!: boolean;
}

/**
 * What a controller does with a command: puts the row of its table and the request on the CommandBus,
 * and answers the outcome with ETag, X-Global-Position and, for a new aggregate, Location.
 */
@Injectable()
export class CommandSender {
  constructor(private readonly bus: CommandBus) {}

  /** `A` names what the row's `answers` add to the common answer (a delivery's id). */
  async send<B, A extends CommandAnswer = CommandAnswer>(
    spec: AnyCommandSpec,
    request: CommandRequest<B>,
    reply: FastifyReply,
  ): Promise<A> {
    const result = await this.bus.execute<SendCommand, CommandResult>(new SendCommand(spec, request));
    void reply.header('ETag', `"${result.revision}"`).header('X-Global-Position', String(result.position));
    if (result.location) void reply.header('Location', result.location);
    const answer: CommandAnswer = {
      id: result.id,
      streamId: result.streamId,
      revision: String(result.revision),
      position: String(result.position),
      eventIds: [...result.eventIds],
      replayed: result.replayed,
    };
    return { ...answer, ...result.answers } as A;
  }
}
