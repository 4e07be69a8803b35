import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import type { FastifyReply } from 'fastify';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext } from '../commands/command-context';
import { CommandAnswer, CommandSender } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { UuidParam } from '../http/uuid-param.pipe';
import { AggregateReader } from '../queries/aggregate-reader';
import { DIRECTIVE_COMMANDS } from './directive.commands';
import {
  AcknowledgeDirectiveDto,
  AmendDirectiveDto,
  IssueDirectiveDto,
  RescindDirectiveDto,
  SupersedeDirectiveDto,
} from './directive.dto';

const id = new UuidParam('id');

@ApiTags('directives')
@ApiBearerAuth()
@Controller('directives')
export class DirectivesController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a supervisory directive (operator, supervisor)' })
  @CommandResponses(201)
  issue(
    @Body() body: IssueDirectiveDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(DIRECTIVE_COMMANDS.issue, { params: {}, body, context }, reply);
  }

  @Get(':id')
  @ApiOperation({ summary: "A directive's current state, folded from its events" })
  @ApiResponse({ status: 200, description: 'The directive; ETag carries its revision' })
  get(
    @Param('id', id) directiveId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.reader.read(AGGREGATES.directive, directiveId, actor, reply);
  }

  @Post(':id/acknowledgements')
  @HttpCode(201)
  @ApiOperation({
    summary: "Acknowledge a directive for the liaison's agency (or, as co-lead, for a state task force)",
  })
  @CommandResponses(201)
  acknowledge(
    @Param('id', id) directiveId: string,
    @Body() body: AcknowledgeDirectiveDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      DIRECTIVE_COMMANDS.acknowledge,
      { params: { id: directiveId }, body, context },
      reply,
    );
  }

  @Post(':id/amendments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Amend a directive: a new revision every addressee acknowledges again' })
  @CommandResponses(201)
  amend(
    @Param('id', id) directiveId: string,
    @Body() body: AmendDirectiveDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      DIRECTIVE_COMMANDS.amend,
      { params: { id: directiveId }, body, context },
      reply,
    );
  }

  @Post(':id/supersession')
  @HttpCode(200)
  @ApiOperation({ summary: 'Supersede a directive by another one' })
  @CommandResponses(200)
  supersede(
    @Param('id', id) directiveId: string,
    @Body() body: SupersedeDirectiveDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      DIRECTIVE_COMMANDS.supersede,
      { params: { id: directiveId }, body, context },
      reply,
    );
  }

  @Post(':id/rescission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rescind a directive' })
  @CommandResponses(200)
  rescind(
    @Param('id', id) directiveId: string,
    @Body() body: RescindDirectiveDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      DIRECTIVE_COMMANDS.rescind,
      { params: { id: directiveId }, body, context },
      reply,
    );
  }
}
