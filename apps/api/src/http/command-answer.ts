import { ApiProperty } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandOutcome } from '../commands/command-context';

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

export function answer(
  reply: FastifyReply,
  id: string,
  outcome: CommandOutcome,
  location?: string,
): CommandAnswer {
  void reply.header('ETag', `"${outcome.revision}"`).header('X-Global-Position', String(outcome.position));
  if (location) void reply.header('Location', location);
  return {
    id,
    streamId: outcome.streamId,
    revision: String(outcome.revision),
    position: String(outcome.position),
    eventIds: [...outcome.eventIds],
    replayed: outcome.replayed,
  };
}
