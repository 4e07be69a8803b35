import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import type { FastifyReply } from 'fastify';
import { UuidParam } from '../http/uuid-param.pipe';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext } from '../commands/command-context';
import { AnyCommandSpec } from '../commands/command-spec';
import { CommandAnswer, CommandSender } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { AggregateReader } from '../queries/aggregate-reader';
import { REFERRAL_COMMANDS } from './referral.commands';
import { CloseReferralDto, MakeReferralDto, ReferralStepDto } from './referral.dto';

const id = new UuidParam('id');
type Reply = FastifyReply;

/**
 * Referrals of survivors' cases, by reference only. A victim's record: read by the referring and
 * receiving agencies, CCHT, and the command center's supervisors and auditors; to anyone else it does not
 * exist (404), operators included.
 */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  private step(
    spec: AnyCommandSpec,
    referralId: string,
    body: unknown,
    context: CommandContext,
    reply: Reply,
  ) {
    return this.commands.send(spec, { params: { id: referralId }, body, context }, reply);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Refer a case to victim services, remission or restitution (the referring agency's liaison, or a supervisor)",
  })
  @CommandResponses(201)
  make(
    @Body() body: MakeReferralDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(REFERRAL_COMMANDS.make, { params: {}, body, context }, reply);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A referral: its channel, agencies, status and outcome' })
  @ApiResponse({ status: 200, description: 'The referral; ETag carries its revision' })
  get(
    @Param('id', id) referralId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    return this.reader.read(AGGREGATES.referral, referralId, actor, reply);
  }

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiOperation({ summary: "Accept a referral (the receiving agency's liaison)" })
  @CommandResponses(200)
  accept(
    @Param('id', id) referralId: string,
    @Body() body: ReferralStepDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.step(REFERRAL_COMMANDS.accept, referralId, body, context, reply);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({ summary: "Start work on an accepted referral (the receiving agency's liaison)" })
  @CommandResponses(200)
  start(
    @Param('id', id) referralId: string,
    @Body() body: ReferralStepDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.step(REFERRAL_COMMANDS.start, referralId, body, context, reply);
  }

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: "Close a referral with its outcome (the receiving agency's liaison)" })
  @CommandResponses(200)
  close(
    @Param('id', id) referralId: string,
    @Body() body: CloseReferralDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.step(REFERRAL_COMMANDS.close, referralId, body, context, reply);
  }
}
