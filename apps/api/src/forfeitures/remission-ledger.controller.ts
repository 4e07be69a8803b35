import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { isStateCode, mayRead, PETITIONS_FILED_BY, REMISSION_AUTHORITY, Scope } from '@hstf/domain';
import { READ_MODELS, ReadModelQueries, REMISSION_LEDGER } from '@hstf/projections';
import { badRequest, forbidden } from '../http/problem';
import { Readers } from '../queries/readers';
import { ReadPosition } from '../read-models/read-position';

/**
 * Who reads the ledger's totals, kept simple: whoever reads every forfeiture, that is whom the scope rule
 * admits to the part of a forfeiture's scope that every forfeiture shares (DOJ-MLARS and CCHT, restricted):
 * the command center's supervisors and auditors, and the liaisons of DOJ-MLARS and CCHT. A seizing
 * agency reads its own forfeitures by id but not the totals of all; operators, admins and states' readers
 * read neither. Anyone else is answered 403.
 */
const EVERY_FORFEITURE: Scope = {
  states: [],
  agencies: [REMISSION_AUTHORITY, PETITIONS_FILED_BY],
  restricted: true,
};

type QueryValue = string | string[] | undefined;

/** The forfeiture and remission ledger: totals per tier, nationally and per state, never summed. */
@ApiTags('forfeitures')
@ApiBearerAuth()
@Controller('remission')
export class RemissionLedgerController {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    private readonly position: ReadPosition,
    private readonly readers: Readers,
  ) {}

  @Get('ledger')
  @ApiOperation({
    summary:
      'The forfeiture and remission ledger, national (with each state) or of a state: seized, forfeited, in the remission pool, granted and paid, each tier apart, and the petitions by status (supervisors, auditors, the liaisons of DOJ-MLARS and CCHT)',
  })
  @ApiQuery({ name: 'state', required: false, description: 'USPS code, e.g. AZ; without it, the nation' })
  @ApiQuery({
    name: 'minPosition',
    required: false,
    description:
      'Wait (bounded) until the remission ledger has applied this global position, as answered by a command',
  })
  @ApiResponse({
    status: 200,
    description:
      'The totals per tier in dollars (never to be added across tiers), the petitions by status, the number of forfeitures, and asOf.position, where the read model stood',
  })
  async ledger(
    @Query('state') state: QueryValue,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (Array.isArray(state)) throw badRequest([{ field: 'state', reason: 'must be given once' }]);
    if (state !== undefined && !isStateCode(state))
      throw badRequest([{ field: 'state', reason: 'must be a USPS state or territory code such as AZ' }]);
    const reader = await this.readers.of(actor);
    if (!mayRead(reader, EVERY_FORFEITURE))
      throw forbidden(
        // A refusal names no agency: the caller learns who reads the ledger from the documentation, not here.
        "The remission ledger is read by the command center's supervisors and auditors and by the agencies that file and rule on remission petitions.",
      );
    return this.position.read(REMISSION_LEDGER, minPosition, () => this.queries.remissionLedger(state));
  }
}
