import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import type { FastifyReply } from 'fastify';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext, CommandOutcome } from '../commands/command-context';
import { answer, CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { AggregateReader } from '../queries/aggregate-reader';
import {
  AcceptTaskingCommand,
  AssignTaskingCommand,
  BlockTaskingCommand,
  CancelTaskingCommand,
  CompleteTaskingCommand,
  DeclineTaskingCommand,
  ReassignTaskingCommand,
  ReportTaskingProgressCommand,
  UnblockTaskingCommand,
} from './tasking.commands';
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

const id = new ParseUUIDPipe({ version: undefined });
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
    private readonly bus: CommandBus,
    private readonly reader: AggregateReader,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Assign a tasking to a member agency of a task force (operator, supervisor)' })
  @CommandResponses(201)
  async assign(
    @Body() body: AssignTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    const outcome = await this.run(new AssignTaskingCommand(body, ctx));
    const taskingId = outcome.streamId.slice('tasking-'.length);
    return answer(reply, taskingId, outcome, `/taskings/${taskingId}`);
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
  async accept(
    @Param('id', id) taskingId: string,
    @Body() _body: AcceptTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new AcceptTaskingCommand(taskingId, ctx)));
  }

  @Post(':id/declination')
  @HttpCode(200)
  @ApiOperation({ summary: "Decline an assigned tasking, with the reason (the lead agency's liaison)" })
  @CommandResponses(200)
  async decline(
    @Param('id', id) taskingId: string,
    @Body() body: DeclineTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new DeclineTaskingCommand(taskingId, body, ctx)));
  }

  @Post(':id/progress-reports')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Report progress on an accepted tasking (a liaison of the lead or a supporting agency)',
  })
  @CommandResponses(201)
  async reportProgress(
    @Param('id', id) taskingId: string,
    @Body() body: ReportTaskingProgressDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new ReportTaskingProgressCommand(taskingId, body, ctx)));
  }

  @Post(':id/blocks')
  @HttpCode(201)
  @ApiOperation({ summary: 'Flag an obstacle that stops the work (a liaison of a participating agency)' })
  @CommandResponses(201)
  async block(
    @Param('id', id) taskingId: string,
    @Body() body: BlockTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new BlockTaskingCommand(taskingId, body, ctx)));
  }

  @Post(':id/unblocks')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Clear the current block, with its resolution (a liaison of a participating agency)',
  })
  @CommandResponses(201)
  async unblock(
    @Param('id', id) taskingId: string,
    @Body() body: UnblockTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new UnblockTaskingCommand(taskingId, body, ctx)));
  }

  @Post(':id/reassignment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reassign a declined tasking to another member agency (operator, supervisor)' })
  @CommandResponses(200)
  async reassign(
    @Param('id', id) taskingId: string,
    @Body() body: ReassignTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new ReassignTaskingCommand(taskingId, body, ctx)));
  }

  @Post(':id/completion')
  @HttpCode(200)
  @ApiOperation({ summary: "Complete a tasking in progress, with its outcome (the lead agency's liaison)" })
  @CommandResponses(200)
  async complete(
    @Param('id', id) taskingId: string,
    @Body() body: CompleteTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new CompleteTaskingCommand(taskingId, body, ctx)));
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call off an open tasking (operator, supervisor)' })
  @CommandResponses(200)
  async cancel(
    @Param('id', id) taskingId: string,
    @Body() body: CancelTaskingDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return answer(reply, taskingId, await this.run(new CancelTaskingCommand(taskingId, body, ctx)));
  }

  private run(command: object): Promise<CommandOutcome> {
    return this.bus.execute<object, CommandOutcome>(command);
  }
}
