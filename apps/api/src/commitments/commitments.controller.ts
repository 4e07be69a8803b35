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
import { COMMITMENT_COMMANDS } from './commitment.commands';
import {
  AdjustCommitmentDto,
  PledgeSupportDto,
  RecordDeliveryDto,
  WithdrawCommitmentDto,
} from './commitment.dto';
import { DeliveryAnswer } from './delivery-answer';

const id = new UuidParam('id');
type Reply = FastifyReply;

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('commitments')
export class CommitmentsController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Pledge an agency's support to a task force (that agency's liaison)" })
  @CommandResponses(201)
  pledge(
    @Body() body: PledgeSupportDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(COMMITMENT_COMMANDS.pledge, { params: {}, body, context }, reply);
  }

  @Get(':id')
  @ApiOperation({ summary: "A commitment's current state: pledged, delivered so far, appropriation" })
  @ApiResponse({ status: 200, description: 'The commitment; ETag carries its revision' })
  get(
    @Param('id', id) commitmentId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    return this.reader.read(AGGREGATES.commitment, commitmentId, actor, reply);
  }

  @Post(':id/deliveries')
  @HttpCode(201)
  @ApiOperation({ summary: "Record a (partial) delivery of pledged support (the pledging agency's liaison)" })
  @ApiResponse({
    status: 201,
    type: DeliveryAnswer,
    // Swagger joins this to the generic 201 description and keeps this type.
    description: 'The answer also names the delivery, generated when the request gave no deliveryId',
  })
  @CommandResponses(201)
  deliver(
    @Param('id', id) commitmentId: string,
    @Body() body: RecordDeliveryDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<DeliveryAnswer> {
    return this.commands.send(
      COMMITMENT_COMMANDS.deliver,
      { params: { id: commitmentId }, body, context },
      reply,
    );
  }

  @Post(':id/adjustments')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Adjust the quantity, period or appropriation status of a pledge (the pledging agency's liaison)",
  })
  @CommandResponses(201)
  adjust(
    @Param('id', id) commitmentId: string,
    @Body() body: AdjustCommitmentDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      COMMITMENT_COMMANDS.adjust,
      { params: { id: commitmentId }, body, context },
      reply,
    );
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @ApiOperation({
    summary: "Withdraw a pledge; what was delivered stays on the record (the pledging agency's liaison)",
  })
  @CommandResponses(200)
  withdraw(
    @Param('id', id) commitmentId: string,
    @Body() body: WithdrawCommitmentDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      COMMITMENT_COMMANDS.withdraw,
      { params: { id: commitmentId }, body, context },
      reply,
    );
  }
}
