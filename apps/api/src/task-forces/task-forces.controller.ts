import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { CO_LEAD_DEPARTMENTS, CoLeadDepartment, StateCode } from '@hstf/domain';
import type { FastifyReply } from 'fastify';
import { AgencyCodePipe } from '../agencies/agency-code.pipe';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext } from '../commands/command-context';
import { CommandAnswer, CommandSender } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { AggregateReader } from '../queries/aggregate-reader';
import { CoLeadDepartmentPipe, StateCodePipe } from './path-params';
import { TASK_FORCE_COMMANDS } from './task-force.commands';
import {
  DesignateCoLeadDto,
  EnrollMemberAgencyDto,
  EstablishTaskForceDto,
  SetObjectivesDto,
  WithdrawMemberAgencyDto,
} from './task-force.dto';

const stateParam = ApiParam({
  name: 'state',
  example: 'TX',
  description: 'USPS code of the task force’s state',
});

@ApiTags('task forces')
@ApiBearerAuth()
@Controller('task-forces')
export class TaskForcesController {
  constructor(
    private readonly commands: CommandSender,
    private readonly reader: AggregateReader,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Establish the task force of a state, co-led by DOJ and DHS (operator, supervisor)',
  })
  @CommandResponses(201)
  establish(
    @Body() body: EstablishTaskForceDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASK_FORCE_COMMANDS.establish, { params: {}, body, context }, reply);
  }

  @Get(':state')
  @stateParam
  @ApiOperation({ summary: "A task force's current state: co-leads, members, objectives" })
  @ApiResponse({ status: 200, description: 'The task force; ETag carries its revision' })
  get(
    @Param('state', StateCodePipe) state: StateCode,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.reader.read(AGGREGATES.taskForce, state, actor, reply);
  }

  @Post(':state/members')
  @HttpCode(201)
  @stateParam
  @ApiOperation({ summary: 'Enrol a member agency with its capabilities (operator, supervisor)' })
  @CommandResponses(201)
  enroll(
    @Param('state', StateCodePipe) state: StateCode,
    @Body() body: EnrollMemberAgencyDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASK_FORCE_COMMANDS.enroll, { params: { state }, body, context }, reply);
  }

  // A POST of a withdrawal rather than a DELETE with a body: many clients and proxies drop DELETE bodies.
  @Post(':state/members/:agency/withdrawal')
  @HttpCode(200)
  @stateParam
  @ApiParam({ name: 'agency', example: 'DOL-OIG' })
  @ApiOperation({ summary: 'Withdraw a member agency, giving the reason (operator, supervisor)' })
  @CommandResponses(200)
  withdraw(
    @Param('state', StateCodePipe) state: StateCode,
    @Param('agency', AgencyCodePipe) agency: string,
    @Body() body: WithdrawMemberAgencyDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      TASK_FORCE_COMMANDS.withdraw,
      { params: { state, agency }, body, context },
      reply,
    );
  }

  @Put(':state/co-leads/:department')
  @HttpCode(200)
  @stateParam
  @ApiParam({ name: 'department', enum: CO_LEAD_DEPARTMENTS, example: 'DOJ' })
  @ApiOperation({ summary: 'Designate the DOJ or DHS co-lead agency (operator, supervisor)' })
  @CommandResponses(200)
  designateCoLead(
    @Param('state', StateCodePipe) state: StateCode,
    @Param('department', CoLeadDepartmentPipe) department: CoLeadDepartment,
    @Body() body: DesignateCoLeadDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(
      TASK_FORCE_COMMANDS.designateCoLead,
      { params: { state, department }, body, context },
      reply,
    );
  }

  @Put(':state/objectives')
  @HttpCode(200)
  @stateParam
  @ApiOperation({ summary: "Replace the task force's objectives as a whole (operator, supervisor)" })
  @CommandResponses(200)
  setObjectives(
    @Param('state', StateCodePipe) state: StateCode,
    @Body() body: SetObjectivesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(TASK_FORCE_COMMANDS.setObjectives, { params: { state }, body, context }, reply);
  }
}
