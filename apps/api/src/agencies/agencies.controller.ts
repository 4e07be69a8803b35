import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CommandContext } from '../commands/command-context';
import { CommandAnswer, CommandSender } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { CommandResponses } from '../http/openapi';
import { notFound } from '../http/problem';
import { AgencyCodePipe } from './agency-code.pipe';
import { AGENCY_COMMANDS } from './agency.commands';
import { AgencyDirectory } from './agency-directory';
import { AgencyEntry, AgencyList, RegisterAgencyDto, RenameAgencyDto } from './agency.dto';

const codeParam = ApiParam({ name: 'code', example: 'TX-DPS' });

// The catalog is reference data every client needs to name agencies, so every authenticated role reads it.
@ApiTags('agencies')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly commands: CommandSender,
    private readonly directory: AgencyDirectory,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a state or local agency, or a partner NGO, in the catalog (admin)' })
  @CommandResponses(201)
  register(
    @Body() body: RegisterAgencyDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(AGENCY_COMMANDS.register, { params: {}, body, context }, reply);
  }

  @Get()
  @ApiOperation({
    summary: 'The whole agency catalog: federal agencies, then registered state and local ones',
  })
  @ApiResponse({ status: 200, type: AgencyList })
  async list(): Promise<AgencyList> {
    return { agencies: await this.directory.list() };
  }

  @Get(':code')
  @codeParam
  @ApiOperation({ summary: 'One agency of the catalog' })
  @ApiResponse({
    status: 200,
    type: AgencyEntry,
    description: 'ETag carries the revision of a registered agency',
  })
  async get(
    @Param('code', AgencyCodePipe) code: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyEntry> {
    const entry = await this.directory.find(code);
    if (!entry) throw notFound(`No agency with code ${code} in the catalog.`);
    if (entry.revision !== undefined) void reply.header('ETag', `"${entry.revision}"`);
    return entry;
  }

  @Post(':code/name')
  @HttpCode(200)
  @codeParam
  @ApiOperation({ summary: 'Rename a registered agency (admin)' })
  @CommandResponses(200)
  rename(
    @Param('code', AgencyCodePipe) code: string,
    @Body() body: RenameAgencyDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.commands.send(AGENCY_COMMANDS.rename, { params: { code }, body, context }, reply);
  }
}
