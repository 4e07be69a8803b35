import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import type { FastifyReply } from 'fastify';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext, CommandOutcome } from '../commands/command-context';
import { answer, CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { UuidParam } from '../http/uuid-param.pipe';
import { AggregateReader } from '../queries/aggregate-reader';
import {
  AcknowledgeDirectiveCommand,
  AmendDirectiveCommand,
  IssueDirectiveCommand,
  RescindDirectiveCommand,
  SupersedeDirectiveCommand,
} from './directive.commands';
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
    private readonly bus: CommandBus,
    private readonly reader: AggregateReader,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a supervisory directive (operator, supervisor)' })
  @CommandResponses(201)
  async issue(
    @Body() body: IssueDirectiveDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const outcome = await this.bus.execute<IssueDirectiveCommand, CommandOutcome>(
      new IssueDirectiveCommand(body, ctx),
    );
    const directiveId = outcome.streamId.slice('directive-'.length);
    return answer(reply, directiveId, outcome, `/directives/${directiveId}`);
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
  async acknowledge(
    @Param('id', id) directiveId: string,
    @Body() body: AcknowledgeDirectiveDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const outcome = await this.bus.execute<AcknowledgeDirectiveCommand, CommandOutcome>(
      new AcknowledgeDirectiveCommand(directiveId, body, ctx),
    );
    return answer(reply, directiveId, outcome);
  }

  @Post(':id/amendments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Amend a directive: a new revision every addressee acknowledges again' })
  @CommandResponses(201)
  async amend(
    @Param('id', id) directiveId: string,
    @Body() body: AmendDirectiveDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const outcome = await this.bus.execute<AmendDirectiveCommand, CommandOutcome>(
      new AmendDirectiveCommand(directiveId, body, ctx),
    );
    return answer(reply, directiveId, outcome);
  }

  @Post(':id/supersession')
  @HttpCode(200)
  @ApiOperation({ summary: 'Supersede a directive by another one' })
  @CommandResponses(200)
  async supersede(
    @Param('id', id) directiveId: string,
    @Body() body: SupersedeDirectiveDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const outcome = await this.bus.execute<SupersedeDirectiveCommand, CommandOutcome>(
      new SupersedeDirectiveCommand(directiveId, body, ctx),
    );
    return answer(reply, directiveId, outcome);
  }

  @Post(':id/rescission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rescind a directive' })
  @CommandResponses(200)
  async rescind(
    @Param('id', id) directiveId: string,
    @Body() body: RescindDirectiveDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const outcome = await this.bus.execute<RescindDirectiveCommand, CommandOutcome>(
      new RescindDirectiveCommand(directiveId, body, ctx),
    );
    return answer(reply, directiveId, outcome);
  }
}
