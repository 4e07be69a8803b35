import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
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
import { FORFEITURE_COMMANDS } from './forfeiture.commands';
import {
  DenyRemissionPetitionDto,
  FileRemissionPetitionDto,
  GrantRemissionPetitionDto,
  OpenForfeitureDto,
  PayRemissionPetitionDto,
  PlaceInRemissionPoolDto,
  RecordForfeitureOrderDto,
  ReviewRemissionPetitionDto,
} from './forfeiture.dto';
import { PetitionParam } from './petition-param.pipe';

const id = new UuidParam('id');
const petition = new PetitionParam();
const petitionDoc = ApiParam({
  name: 'petition',
  example: 'REM-BP-2026-000123',
  description: "The petition's reference (URL-encoded where it holds / or #)",
});
type Reply = FastifyReply;

/**
 * Forfeitures and remission: a forfeiture action from seizure to the remission pool, and the survivors'
 * petitions for remission paid from it (28 C.F.R. Part 9), by reference only. A victim's record: read by
 * the seizing agency, DOJ-MLARS, CCHT and the command center's supervisors and auditors; to anyone else
 * it does not exist.
 */
@ApiTags('forfeitures')
@ApiBearerAuth()
@Controller('forfeitures')
export class ForfeituresController {
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

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Open a forfeiture action with what was seized; the amount seized is the assets' sum (the seizing agency's liaison, or supervisors)",
  })
  @CommandResponses(201)
  open(
    @Body() body: OpenForfeitureDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(FORFEITURE_COMMANDS.open, {}, body, context, reply);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A forfeiture: its assets, order, placements in the pool, petitions and totals per tier',
  })
  @ApiResponse({ status: 200, description: 'The forfeiture; ETag carries its revision' })
  get(
    @Param('id', id) forfeitureId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: Reply,
  ) {
    return this.reader.read(AGGREGATES.forfeiture, forfeitureId, actor, reply);
  }

  @Post(':id/order')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Record the court's order of forfeiture and the amount forfeited, at most what was seized (the seizing agency's liaison, or supervisors)",
  })
  @CommandResponses(200)
  order(
    @Param('id', id) forfeitureId: string,
    @Body() body: RecordForfeitureOrderDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(FORFEITURE_COMMANDS.order, { id: forfeitureId }, body, context, reply);
  }

  @Post(':id/pool-placements')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Place forfeited money in the remission pool; in all at most what was forfeited (DOJ-MLARS's liaison, or supervisors)",
  })
  @CommandResponses(201)
  place(
    @Param('id', id) forfeitureId: string,
    @Body() body: PlaceInRemissionPoolDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(FORFEITURE_COMMANDS.place, { id: forfeitureId }, body, context, reply);
  }

  @Post(':id/petitions')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "File a survivor's remission petition by its reference, never a name (CCHT's liaison, or supervisors)",
  })
  @CommandResponses(201)
  file(
    @Param('id', id) forfeitureId: string,
    @Body() body: FileRemissionPetitionDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    return this.send(FORFEITURE_COMMANDS.file, { id: forfeitureId }, body, context, reply);
  }

  @Post(':id/petitions/:petition/review')
  @HttpCode(200)
  @ApiOperation({ summary: "Take a filed petition under review (DOJ-MLARS's liaison, or supervisors)" })
  @petitionDoc
  @CommandResponses(200)
  review(
    @Param('id', id) forfeitureId: string,
    @Param('petition', petition) petitionReference: string,
    @Body() body: ReviewRemissionPetitionDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    const params = { id: forfeitureId, petition: petitionReference };
    return this.send(FORFEITURE_COMMANDS.review, params, body, context, reply);
  }

  @Post(':id/petitions/:petition/grant')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Grant a petition under review an amount; all grants at most what is in the pool (DOJ-MLARS's liaison, or supervisors)",
  })
  @petitionDoc
  @CommandResponses(200)
  grant(
    @Param('id', id) forfeitureId: string,
    @Param('petition', petition) petitionReference: string,
    @Body() body: GrantRemissionPetitionDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    const params = { id: forfeitureId, petition: petitionReference };
    return this.send(FORFEITURE_COMMANDS.grant, params, body, context, reply);
  }

  @Post(':id/petitions/:petition/denial')
  @HttpCode(200)
  @ApiOperation({
    summary: "Deny a petition under review, with the reason (DOJ-MLARS's liaison, or supervisors)",
  })
  @petitionDoc
  @CommandResponses(200)
  deny(
    @Param('id', id) forfeitureId: string,
    @Param('petition', petition) petitionReference: string,
    @Body() body: DenyRemissionPetitionDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    const params = { id: forfeitureId, petition: petitionReference };
    return this.send(FORFEITURE_COMMANDS.deny, params, body, context, reply);
  }

  @Post(':id/petitions/:petition/payment')
  @HttpCode(200)
  @ApiOperation({
    summary: "Pay a granted petition its grant, once (DOJ-MLARS's liaison, or supervisors)",
  })
  @petitionDoc
  @CommandResponses(200)
  pay(
    @Param('id', id) forfeitureId: string,
    @Param('petition', petition) petitionReference: string,
    @Body() body: PayRemissionPetitionDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<CommandAnswer> {
    const params = { id: forfeitureId, petition: petitionReference };
    return this.send(FORFEITURE_COMMANDS.pay, params, body, context, reply);
  }
}
