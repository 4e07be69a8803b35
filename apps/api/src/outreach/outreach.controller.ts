import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import type { FastifyReply } from 'fastify';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext } from '../commands/command-context';
import { AnyCommandSpec } from '../commands/command-spec';
import { CommandAnswer, CommandSender } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { UuidParam } from '../http/uuid-param.pipe';
import { AggregateReader } from '../queries/aggregate-reader';
import { OUTREACH_COMMANDS } from './outreach.commands';
import {
  CloseTipDto,
  CorrectAttendanceDto,
  HoldSeminarDto,
  LaunchCampaignDto,
  LinkTipDto,
  PlacePostersDto,
  ReceiveTipDto,
  RecordScansDto,
  RemovePostersDto,
  TriageTipDto,
} from './outreach.dto';
import { TipParam } from './tip-param.pipe';

const id = new UuidParam();
const tip = new TipParam();
const tipDoc = ApiParam({
  name: 'tip',
  example: 'TIP-TX-2026-000123',
  description: "The tip's reference (URL-encoded where it holds / or #)",
});
type Reply = FastifyReply;

/**
 * The task forces' outreach, by reference only: CCHT's seminars and trainings, and the QR-poster campaigns
 * with the Amtrak Police and the Federal Air Marshal Service, their posters, scans and tips. Read by the
 * state's task force, CCHT and a campaign's partners.
 */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach')
export class OutreachController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  private send(
    spec: AnyCommandSpec,
    params: Record<string, string>,
    body: unknown,
    context: CommandContext,
    reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(spec, { params, body, context }, reply);
  }

  @Post('seminars')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Record a CCHT seminar or training once held: audience, venue reference, attendance (CCHT's liaison, or operators)",
  })
  @CommandResponses(201)
  seminar(
    @Body() body: HoldSeminarDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.seminar, {}, body, context, reply);
  }

  @Post('seminars/:id/attendance-corrections')
  @HttpCode(201)
  @ApiOperation({ summary: "Correct a seminar's attendance, with the reason (CCHT's liaison, or operators)" })
  @CommandResponses(201)
  correctAttendance(
    @Param('id', id) outreachId: string,
    @Body() body: CorrectAttendanceDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.correctAttendance, { id: outreachId }, body, context, reply);
  }

  @Post('campaigns')
  @HttpCode(201)
  @ApiOperation({ summary: 'Launch a QR-poster campaign for a state with its partner agencies (operators)' })
  @CommandResponses(201)
  campaign(
    @Body() body: LaunchCampaignDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.campaign, {}, body, context, reply);
  }

  @Post('campaigns/:id/posters')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Record posters placed at stations and on trains (a partner's liaison for its agency, or operators)",
  })
  @CommandResponses(201)
  posters(
    @Param('id', id) outreachId: string,
    @Body() body: PlacePostersDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.posters, { id: outreachId }, body, context, reply);
  }

  @Post('campaigns/:id/poster-removals')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record posters taken down, never more than hang there (a partner, or operators)',
  })
  @CommandResponses(201)
  removals(
    @Param('id', id) outreachId: string,
    @Body() body: RemovePostersDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.removals, { id: outreachId }, body, context, reply);
  }

  @Post('campaigns/:id/scans')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Record the scans of a period per placement, period after period (a partner's liaison, or operators)",
  })
  @CommandResponses(201)
  scans(
    @Param('id', id) outreachId: string,
    @Body() body: RecordScansDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.scans, { id: outreachId }, body, context, reply);
  }

  @Post('campaigns/:id/tips')
  @HttpCode(201)
  @ApiOperation({
    summary: "Record a tip received through the campaign, by reference (CCHT's liaison, or operators)",
  })
  @CommandResponses(201)
  receiveTip(
    @Param('id', id) outreachId: string,
    @Body() body: ReceiveTipDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.tip, { id: outreachId }, body, context, reply);
  }

  @Post('campaigns/:id/tips/:tip/triage')
  @HttpCode(200)
  @ApiOperation({ summary: "Triage a received tip (CCHT's liaison, or operators)" })
  @tipDoc
  @CommandResponses(200)
  triage(
    @Param('id', id) outreachId: string,
    @Param('tip', tip) tipReference: string,
    @Body() body: TriageTipDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.triage, { id: outreachId, tip: tipReference }, body, context, reply);
  }

  @Post('campaigns/:id/tips/:tip/link')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Link a triaged tip, once, to the tasking it led to or the operation report it fed, of the campaign's task force (CCHT's liaison, or operators)",
  })
  @tipDoc
  @CommandResponses(200)
  link(
    @Param('id', id) outreachId: string,
    @Param('tip', tip) tipReference: string,
    @Body() body: LinkTipDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.link, { id: outreachId, tip: tipReference }, body, context, reply);
  }

  @Post('campaigns/:id/tips/:tip/closure')
  @HttpCode(200)
  @ApiOperation({ summary: "Close a tip that leads nowhere, with the reason (CCHT's liaison, or operators)" })
  @tipDoc
  @CommandResponses(200)
  close(
    @Param('id', id) outreachId: string,
    @Param('tip', tip) tipReference: string,
    @Body() body: CloseTipDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(OUTREACH_COMMANDS.closure, { id: outreachId, tip: tipReference }, body, context, reply);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'A seminar (its audience and attendance) or a campaign (its placements, scans and tips), as folded from its events',
  })
  @ApiResponse({ status: 200, description: 'The outreach; ETag carries its revision' })
  get(
    @Param('id', id) outreachId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    return this.reader.read(AGGREGATES.outreach, outreachId, actor, reply);
  }
}
