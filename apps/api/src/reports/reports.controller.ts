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
import { REPORT_COMMANDS } from './report.commands';
import {
  ChargeArrestsDto,
  OpenReportDto,
  ProveAffiliationDto,
  ReportArrestsDto,
  ReportSeizuresDto,
  ReviseReportDto,
  VerifyArrestsInCourtDto,
} from './report.dto';

const id = new UuidParam('id');
type Reply = FastifyReply;

/** Operational reports: one operation's arrests and seizures, and the court records behind them. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  private send(spec: AnyCommandSpec, reportId: string, body: unknown, context: CommandContext, reply: Reply) {
    return this.commands.send(spec, { params: { id: reportId }, body, context }, reply);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Open the report of a task force's operation, with the member agencies taking part (operators)" })
  @CommandResponses(201)
  open(
    @Body() body: OpenReportDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.commands.send(REPORT_COMMANDS.open, { params: {}, body, context }, reply);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A report: its arrests (each once, with its reporters and tier) and seizures' })
  @ApiResponse({ status: 200, description: 'The report; ETag carries its revision' })
  get(@Param('id', id) reportId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply) {
    return this.reader.read(AGGREGATES.report, reportId, actor, reply);
  }

  @Post(':id/arrests')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Report arrests with their incident references, alleged affiliation and evidence basis (a participating agency's liaison, or operators)",
  })
  @CommandResponses(201)
  arrests(
    @Param('id', id) reportId: string,
    @Body() body: ReportArrestsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(REPORT_COMMANDS.arrests, reportId, body, context, reply);
  }

  @Post(':id/seizures')
  @HttpCode(201)
  @ApiOperation({ summary: 'Report seizures: drugs by kind and weight, firearms, currency, vehicles' })
  @CommandResponses(201)
  seizures(
    @Param('id', id) reportId: string,
    @Body() body: ReportSeizuresDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(REPORT_COMMANDS.seizures, reportId, body, context, reply);
  }

  @Post(':id/charges')
  @HttpCode(201)
  @ApiOperation({ summary: "Record the charging document (court and case number) of reported arrests" })
  @CommandResponses(201)
  charge(
    @Param('id', id) reportId: string,
    @Body() body: ChargeArrestsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(REPORT_COMMANDS.charge, reportId, body, context, reply);
  }

  @Post(':id/court-verifications')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the docket entry and outcome that verify charged arrests in court' })
  @CommandResponses(201)
  verify(
    @Param('id', id) reportId: string,
    @Body() body: VerifyArrestsInCourtDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(REPORT_COMMANDS.verify, reportId, body, context, reply);
  }

  @Post(':id/affiliation-findings')
  @HttpCode(201)
  @ApiOperation({ summary: "Record a court's finding that proves an alleged affiliation" })
  @CommandResponses(201)
  prove(
    @Param('id', id) reportId: string,
    @Body() body: ProveAffiliationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(REPORT_COMMANDS.prove, reportId, body, context, reply);
  }

  @Post(':id/revisions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Revise a report, with the reason and what changed (operators)' })
  @CommandResponses(201)
  revise(
    @Param('id', id) reportId: string,
    @Body() body: ReviseReportDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(REPORT_COMMANDS.revise, reportId, body, context, reply);
  }
}
