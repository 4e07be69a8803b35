import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import type { FastifyReply } from 'fastify';
import { UuidParam } from '../http/uuid-param.pipe';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext } from '../commands/command-context';
import { CommandAnswer, CommandSender } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { AggregateReader } from '../queries/aggregate-reader';
import { TASKING_COMMANDS } from './tasking.commands';
import {
  AcceptTaskingDto,
  AssignTaskingDto,
  BlockTaskingDto,
  CancelTaskingDto,
  CompleteTaskingDto,
  DeclineTaskingDto,
  ReassignTaskingDto,
  ReportTaskingProgressDto,
  UnblockTaskingDto,
} from './tasking.dto';

const id = new UuidParam('id');
type Reply = FastifyReply;

/**
 * Records a tasking produces (progress reports, blocks, unblocks) are POSTed to plural nouns and answer 201;
 * single transitions of its lifecycle (acceptance, declination, reassignment, completion, cancellation) to
 * singular nouns and answer 200, as the directives' supersession and rescission do.
 */
@ApiTags('taskings')
@ApiBearerAuth()
@Controller('taskings')
export class TaskingsController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Assign a tasking to a member agency of a task force (operator, supervisor)' })
  @CommandResponses(201)
  assign(
    @Body() body: AssignTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.assign, { params: {}, body, context }, reply);
  }

  @Get(':id')
  @ApiOperation({ summary: "A tasking's current state, folded from its events" })
  @ApiResponse({ status: 200, description: 'The tasking; ETag carries its revision' })
  get(
    @Param('id', id) taskingId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    return this.reader.read(AGGREGATES.tasking, taskingId, actor, reply);
  }

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiOperation({ summary: "Accept an assigned tasking (the lead agency's liaison)" })
  @CommandResponses(200)
  accept(
    @Param('id', id) taskingId: string,
    @Body() body: AcceptTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.accept, { params: { id: taskingId }, body, context }, reply);
  }

  @Post(':id/declination')
  @HttpCode(200)
  @ApiOperation({ summary: "Decline an assigned tasking, with the reason (the lead agency's liaison)" })
  @CommandResponses(200)
  decline(
    @Param('id', id) taskingId: string,
    @Body() body: DeclineTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.decline, { params: { id: taskingId }, body, context }, reply);
  }

  @Post(':id/progress-reports')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Report progress on an accepted tasking (a liaison of the lead or a supporting agency)',
  })
  @CommandResponses(201)
  reportProgress(
    @Param('id', id) taskingId: string,
    @Body() body: ReportTaskingProgressDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      TASKING_COMMANDS.reportProgress,
      { params: { id: taskingId }, body, context },
      reply,
    );
  }

  @Post(':id/blocks')
  @HttpCode(201)
  @ApiOperation({ summary: 'Flag an obstacle that stops the work (a liaison of a participating agency)' })
  @CommandResponses(201)
  block(
    @Param('id', id) taskingId: string,
    @Body() body: BlockTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.block, { params: { id: taskingId }, body, context }, reply);
  }

  @Post(':id/unblocks')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Clear the current block, with its resolution (a liaison of a participating agency)',
  })
  @CommandResponses(201)
  unblock(
    @Param('id', id) taskingId: string,
    @Body() body: UnblockTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.unblock, { params: { id: taskingId }, body, context }, reply);
  }

  @Post(':id/reassignment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reassign a declined tasking to another member agency (operator, supervisor)' })
  @CommandResponses(200)
  reassign(
    @Param('id', id) taskingId: string,
    @Body() body: ReassignTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.reassign, { params: { id: taskingId }, body, context }, reply);
  }

  @Post(':id/completion')
  @HttpCode(200)
  @ApiOperation({ summary: "Complete a tasking in progress, with its outcome (the lead agency's liaison)" })
  @CommandResponses(200)
  complete(
    @Param('id', id) taskingId: string,
    @Body() body: CompleteTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.complete, { params: { id: taskingId }, body, context }, reply);
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call off an open tasking (operator, supervisor)' })
  @CommandResponses(200)
  cancel(
    @Param('id', id) taskingId: string,
    @Body() body: CancelTaskingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASKING_COMMANDS.cancel, { params: { id: taskingId }, body, context }, reply);
  }
}
