import { int64Of } from '../http/integers';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { isStateCode, mayRead, mayReadAgency, mayReadState, taskingScope } from '@hstf/domain';
import {
  mayReadDirective,
  READ_MODELS,
  readableBoard,
  readableDirective,
  readableInbox,
  readableTasking,
  ReadModelQueries,
} from '@hstf/projections';
import { Readers } from '../queries/readers';
import { badRequest, forbidden } from '../http/problem';
import { ReadPosition } from './read-position';

const minPositionDoc = {
  name: 'minPosition',
  required: false,
  description:
    'Wait (bounded) until the read model has applied this global position, as answered by a command',
};

/** Queries on the read models (projections), each able to wait for a command's position. */
@ApiTags('read models')
@ApiBearerAuth()
@Controller()
export class ReadModelsController {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    private readonly position: ReadPosition,
    private readonly readers: Readers,
  ) {}

  @Get('task-forces/:state/board')
  @ApiOperation({
    summary:
      "A state task force's board: members, open taskings, directives awaiting acknowledgement, support",
  })
  @ApiQuery(minPositionDoc)
  async board(
    @Param('state') state: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (!isStateCode(state))
      throw badRequest([{ field: 'state', reason: 'must be a USPS state or territory code such as TX' }]);
    const reader = await this.readers.of(actor);
    if (!mayReadState(reader, state))
      throw forbidden(`State ${state} is neither among the states of this token nor co-led by its agency.`);
    const board = await this.position.read('state_board', minPosition, () => this.queries.board(state));
    return readableBoard(reader, board);
  }

  @Get('agencies/:code/inbox')
  @ApiOperation({
    summary: "An agency's inbox: directives addressed to it, taskings it leads or supports, its commitments",
  })
  @ApiQuery(minPositionDoc)
  @ApiQuery({ name: 'includeClosed', required: false, type: Boolean })
  async inbox(
    @Param('code') code: string,
    @Query('minPosition') minPosition: string | undefined,
    @Query('includeClosed') includeClosed: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const reader = await this.readers.of(actor);
    if (!mayReadAgency(reader, code))
      throw forbidden(`A liaison reads only its own agency's inbox, not ${code}'s.`);
    const inbox = await this.position.read('agency_inbox', minPosition, () =>
      this.queries.inbox(code, { includeClosed: includeClosed === 'true' }),
    );
    return readableInbox(reader, inbox);
  }

  @Get('overview')
  @ApiOperation({
    summary: 'The national overview: per state, members, open taskings, pending directives, support',
  })
  @ApiQuery(minPositionDoc)
  overview(@Query('minPosition') minPosition: string | undefined, @CurrentActor() actor: Actor) {
    if (isOnlyLiaison(actor)) throw forbidden('The national overview is for the command center.');
    return this.position.read('state_board', minPosition, () => this.queries.overview());
  }

  // A page leaves out the rows the caller may not read, so it may hold fewer than `limit`; `next` goes on.
  @Get('taskings')
  @ApiOperation({ summary: 'Taskings, filtered by state, status (or "open") and agency, in pages' })
  @ApiQuery(minPositionDoc)
  async taskings(
    @Query('state') state: string | undefined,
    @Query('status') status: string | undefined,
    @Query('agency') agency: string | undefined,
    @Query('after') after: string | undefined,
    @Query('limit') limit: string | undefined,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    // A liaison lists only what its own agency leads or supports.
    const scopedAgency = isOnlyLiaison(actor) ? actor.agency : agency;
    const page = pageOf(after, limit);
    const [reader, found] = await Promise.all([
      this.readers.of(actor),
      this.position.read('state_board', minPosition, () =>
        this.queries.taskings({ state, status, agency: scopedAgency, ...page }),
      ),
    ]);
    return {
      ...found,
      items: found.items
        .filter((row) => mayRead(reader, taskingScope({ ...row, releasedAgencies: [] })))
        .map((row) => readableTasking(reader, row)),
    };
  }

  @Get('directives')
  @ApiOperation({
    summary: 'Directives, filtered by addressee and status, optionally only those awaiting acknowledgement',
  })
  @ApiQuery(minPositionDoc)
  async directives(
    @Query('addressee') addressee: string | undefined,
    @Query('status') status: string | undefined,
    @Query('awaiting') awaiting: string | undefined,
    @Query('after') after: string | undefined,
    @Query('limit') limit: string | undefined,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (isOnlyLiaison(actor) && addressee !== actor.agency) {
      throw forbidden(
        'A liaison lists the directives addressed to its own agency: pass addressee=<your agency>.',
      );
    }
    const page = pageOf(after, limit);
    const [reader, found] = await Promise.all([
      this.readers.of(actor),
      this.position.read('state_board', minPosition, () =>
        this.queries.directives({ addressee, status, awaiting: awaiting === 'true', ...page }),
      ),
    ]);
    return {
      ...found,
      items: found.items
        .filter((row) => mayReadDirective(reader, row))
        .map((row) => readableDirective(reader, row)),
    };
  }
}

const isOnlyLiaison = (actor: Actor): boolean => actor.roles.every((role) => role === 'liaison');

function pageOf(after: string | undefined, limit: string | undefined): { after?: string; limit?: number } {
  const problems = [
    ...(after !== undefined && int64Of(after, 0n) === undefined
      ? [{ field: 'after', reason: 'must be the `next` of a previous page' }]
      : []),
    ...(limit !== undefined && !/^\d{1,4}$/.test(limit)
      ? [{ field: 'limit', reason: 'must be a whole number from 1 to 1000' }]
      : []),
  ];
  if (problems.length > 0) throw badRequest(problems);
  return { ...(after ? { after } : {}), ...(limit ? { limit: Number(limit) } : {}) };
}
