import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { isStateCode, mayReadState, Reader, readsEverything, statesOf } from '@hstf/domain';
import { CampaignFilter, OUTREACH, READ_MODELS, ReadModelQueries } from '@hstf/projections';
import { badRequest, FieldProblem, forbidden } from '../http/problem';
import { Readers } from '../queries/readers';
import { ReadPosition } from '../read-models/read-position';

type QueryValue = string | string[] | undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STATE_REASON = 'must be a USPS state or territory code such as TX';

const minPositionDoc = ApiQuery({
  name: 'minPosition',
  required: false,
  description:
    'Wait (bounded) until the outreach read model has applied this global position, as answered by a command',
});

const FIGURES =
  'campaigns; posters up, placed and taken down (up per station and train); QR scans (per station and train); tips in all, by the status each stands at now and by channel, and how many led to a tasking or a report; seminars held with their attendees and front-line staff, in all and per audience';

/** A query parameter given twice arrives as an array: one value is meant, so two are refused. */
function single(field: string, value: QueryValue, problems: FieldProblem[]): string | undefined {
  if (!Array.isArray(value)) return value;
  problems.push({ field, reason: 'must be given once' });
  return undefined;
}

function campaignFilter(state: QueryValue, after: QueryValue, limit: QueryValue): CampaignFilter {
  const problems: FieldProblem[] = [];
  const [s, a, l] = [
    single('state', state, problems),
    single('after', after, problems),
    single('limit', limit, problems),
  ];
  if (s !== undefined && !isStateCode(s)) problems.push({ field: 'state', reason: STATE_REASON });
  if (a !== undefined && !UUID.test(a))
    problems.push({ field: 'after', reason: 'must be the `next` of a previous page, a campaign id' });
  if (l !== undefined && !(/^\d{1,4}$/.test(l) && Number(l) >= 1 && Number(l) <= 1000))
    problems.push({ field: 'limit', reason: 'must be a whole number from 1 to 1000' });
  if (problems.length > 0) throw badRequest(problems);
  return {
    ...(s === undefined ? {} : { state: s }),
    ...(a === undefined ? {} : { after: a }),
    ...(l === undefined ? {} : { limit: Number(l) }),
  };
}

/** What a liaison reads of the campaigns: its states' (token and co-led), and those its agency runs. */
const readableBy = (reader: Reader): CampaignFilter =>
  readsEverything(reader)
    ? {}
    : {
        readableBy: {
          states: statesOf(reader),
          ...(reader.agency === undefined ? {} : { agency: reader.agency }),
        },
      };

/**
 * The outreach read model under the scope rule: the campaigns a caller may read, a state's figures for
 * whoever may read the state, the nation's for the command center.
 */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach')
export class OutreachFiguresController {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    private readonly position: ReadPosition,
    private readonly readers: Readers,
  ) {}

  @Get('campaigns')
  @ApiOperation({
    summary:
      "The QR-poster campaigns the caller may read (its states', and those of its agency as CCHT or a partner; the command center reads all), of a state when asked, with their figures and the tasking or report each linked tip led to",
  })
  @ApiQuery({ name: 'state', required: false, description: 'USPS code, e.g. TX' })
  @ApiQuery({
    name: 'after',
    required: false,
    description: 'The `next` of the previous page (a campaign id)',
  })
  @ApiQuery({ name: 'limit', required: false, description: 'Campaigns per page: 1 to 1000, default 100' })
  @minPositionDoc
  @ApiResponse({
    status: 200,
    description: `A page of campaigns in id order, each with its placements, its figures (${FIGURES}) and its linked tips; asOf.position is where the read model stood`,
  })
  async campaigns(
    @Query('state') state: QueryValue,
    @Query('after') after: QueryValue,
    @Query('limit') limit: QueryValue,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const filter = campaignFilter(state, after, limit);
    const reader = await this.readers.of(actor);
    return this.position.read(OUTREACH, minPosition, () =>
      this.queries.outreachCampaigns({ ...filter, ...readableBy(reader) }),
    );
  }

  @Get('states/:state')
  @ApiOperation({
    summary: "A state task force's outreach figures and its latest seminars (readers of the state)",
  })
  @ApiParam({ name: 'state', description: 'USPS code, e.g. TX' })
  @minPositionDoc
  @ApiResponse({ status: 200, description: `The state's ${FIGURES}; its latest seminars; asOf.position` })
  async state(
    @Param('state') state: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (!isStateCode(state)) throw badRequest([{ field: 'state', reason: STATE_REASON }]);
    const reader = await this.readers.of(actor);
    if (!mayReadState(reader, state))
      throw forbidden(`State ${state} is neither among the states of this token nor co-led by its agency.`);
    return this.position.read(OUTREACH, minPosition, () => this.queries.outreachFigures(state));
  }

  @Get('national')
  @ApiOperation({ summary: "The nation's outreach figures, with each state's (command center)" })
  @minPositionDoc
  @ApiResponse({ status: 200, description: `The nation's ${FIGURES}, and each state's; asOf.position` })
  async national(@Query('minPosition') minPosition: string | undefined, @CurrentActor() actor: Actor) {
    const reader = await this.readers.of(actor);
    if (!readsEverything(reader))
      throw forbidden("The nation's outreach figures are for the command center.");
    return this.position.read(OUTREACH, minPosition, () => this.queries.outreachFigures());
  }
}
