import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import {
  AGENCY_CODE,
  INCIDENT_REFERENCE,
  instantProblem,
  isStateCode,
  mayRead,
  mayReadAgency,
  mayReadState,
  Reader,
  readsEverything,
  Tier,
  TIERS,
} from '@hstf/domain';
import {
  agencyTally,
  NATIONAL_TALLY,
  READ_MODELS,
  ReadModelQueries,
  stateTally,
  TALLIES,
  TallyOptions,
} from '@hstf/projections';
import { badRequest, FieldProblem, forbidden } from '../http/problem';
import { Readers } from '../queries/readers';
import { ReadPosition } from '../read-models/read-position';

const minPositionDoc = {
  name: 'minPosition',
  required: false,
  description:
    'Wait (bounded) until the tallies read model has applied this global position, as answered by a command',
};
const tierDoc = {
  name: 'tier',
  required: false,
  enum: TIERS,
  description:
    'List only the sources of incidents that reached this tier (charged lists charged and court-verified ones); the figures are always every tier',
};
const afterDoc = {
  name: 'after',
  required: false,
  description: 'The `next` of the previous page of sources (an incident reference)',
};
const limitDoc = { name: 'limit', required: false, description: 'Sources per page: 1 to 1000, default 100' };
const TALLY_ANSWER =
  'The figures per tier (reported, charged, court-verified; each holds what reached at least that tier, never to be added up), alleged and proved affiliations, the share of reported arrests charged and verified, and a page of the incidents behind them with their reporters, reports, event ids and court records; asOf.position is where the read model stood';

type QueryValue = string | string[] | undefined;

/** A query parameter given twice arrives as an array: one value is meant, so two are refused. */
function single(field: string, value: QueryValue, problems: FieldProblem[]): string | undefined {
  if (!Array.isArray(value)) return value;
  problems.push({ field, reason: 'must be given once' });
  return undefined;
}

function tallyOptions(tier: QueryValue, after: QueryValue, limit: QueryValue): TallyOptions {
  const problems: FieldProblem[] = [];
  const [t, a, l] = [
    single('tier', tier, problems),
    single('after', after, problems),
    single('limit', limit, problems),
  ];
  if (t !== undefined && !(TIERS as readonly string[]).includes(t))
    problems.push({ field: 'tier', reason: `must be one of ${TIERS.join(', ')}` });
  if (a !== undefined && !INCIDENT_REFERENCE.test(a))
    problems.push({ field: 'after', reason: 'must be the `next` of a previous page, an incident reference' });
  if (l !== undefined && !(/^\d{1,4}$/.test(l) && Number(l) >= 1 && Number(l) <= 1000))
    problems.push({ field: 'limit', reason: 'must be a whole number from 1 to 1000' });
  if (problems.length > 0) throw badRequest(problems);
  return {
    ...(t === undefined ? {} : { tier: t as Tier }),
    ...(a === undefined ? {} : { after: a }),
    ...(l === undefined ? {} : { limit: Number(l) }),
  };
}

// Every report behind an incident counts it, but the caller is shown only the reports it may read.
const readableReports = (reader: Reader) => ({
  mayReadReport: (scope: Parameters<typeof mayRead>[1]) => mayRead(reader, scope),
});

/**
 * Arrests and seizures per tier of provenance, for the nation, a state and an agency, and the press
 * summary of a period: each figure with its tier and its sources, under the scope rule.
 */
@ApiTags('tallies')
@ApiBearerAuth()
@Controller()
export class TalliesController {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    private readonly position: ReadPosition,
    private readonly readers: Readers,
  ) {}

  @Get('tallies/national')
  @ApiOperation({
    summary: 'The national tally of arrests and seizures per tier, with its sources (command center)',
  })
  @ApiQuery(tierDoc)
  @ApiQuery(afterDoc)
  @ApiQuery(limitDoc)
  @ApiQuery(minPositionDoc)
  @ApiResponse({ status: 200, description: TALLY_ANSWER })
  async national(
    @Query('tier') tier: QueryValue,
    @Query('after') after: QueryValue,
    @Query('limit') limit: QueryValue,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const options = tallyOptions(tier, after, limit);
    const reader = await this.readers.of(actor);
    if (!readsEverything(reader)) throw forbidden('The national tally is for the command center.');
    return this.position.read(TALLIES, minPosition, () => this.queries.tally(NATIONAL_TALLY, options));
  }

  @Get('tallies/states/:state')
  @ApiOperation({ summary: "A state task force's tally of arrests and seizures per tier, with its sources" })
  @ApiParam({ name: 'state', description: 'USPS code, e.g. TX' })
  @ApiQuery(tierDoc)
  @ApiQuery(afterDoc)
  @ApiQuery(limitDoc)
  @ApiQuery(minPositionDoc)
  @ApiResponse({ status: 200, description: TALLY_ANSWER })
  async state(
    @Param('state') state: string,
    @Query('tier') tier: QueryValue,
    @Query('after') after: QueryValue,
    @Query('limit') limit: QueryValue,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (!isStateCode(state))
      throw badRequest([{ field: 'state', reason: 'must be a USPS state or territory code such as TX' }]);
    const options = tallyOptions(tier, after, limit);
    const reader = await this.readers.of(actor);
    if (!mayReadState(reader, state))
      throw forbidden(`State ${state} is neither among the states of this token nor co-led by its agency.`);
    return this.position.read(TALLIES, minPosition, () =>
      this.queries.tally(stateTally(state), { ...options, ...readableReports(reader) }),
    );
  }

  @Get('tallies/agencies/:code')
  @ApiOperation({
    summary: "An agency's tally: the arrests and seizures it reported, per tier, with their sources",
  })
  @ApiParam({ name: 'code', description: 'Agency code, e.g. FBI or TX-DPS' })
  @ApiQuery(tierDoc)
  @ApiQuery(afterDoc)
  @ApiQuery(limitDoc)
  @ApiQuery(minPositionDoc)
  @ApiResponse({ status: 200, description: TALLY_ANSWER })
  async agency(
    @Param('code') code: string,
    @Query('tier') tier: QueryValue,
    @Query('after') after: QueryValue,
    @Query('limit') limit: QueryValue,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (!AGENCY_CODE.test(code))
      throw badRequest([{ field: 'code', reason: 'must be an agency code such as FBI, ICE-HSI or TX-DPS' }]);
    const options = tallyOptions(tier, after, limit);
    const reader = await this.readers.of(actor);
    if (!mayReadAgency(reader, code))
      throw forbidden(`A liaison reads only its own agency's tally, not ${code}'s.`);
    return this.position.read(TALLIES, minPosition, () =>
      this.queries.tally(agencyTally(code), { ...options, ...readableReports(reader) }),
    );
  }

  @Get('reports/press-summary')
  @ApiTags('reports')
  @ApiOperation({
    summary:
      'The figures of the reports of a period, national or of a state, as a press release may cite them: each labelled with its tier and the court records behind it',
  })
  @ApiQuery({
    name: 'state',
    required: false,
    description: 'USPS code; without it, every state (command center)',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    description: 'ISO-8601 instant: reports whose period ends at or after it',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    description: 'ISO-8601 instant: reports whose period starts at or before it',
  })
  @ApiQuery(minPositionDoc)
  @ApiResponse({
    status: 200,
    description:
      'The reports drawn on; the reported, charged and court-verified figures, each labelled, the charged with its charging documents and the court-verified with its docket entries; alleged affiliations (allegations, labelled as such) apart from proved ones; asOf.position',
  })
  async pressSummary(
    @Query('state') state: QueryValue,
    @Query('from') from: QueryValue,
    @Query('to') to: QueryValue,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const problems: FieldProblem[] = [];
    const [s, f, t] = [
      single('state', state, problems),
      single('from', from, problems),
      single('to', to, problems),
    ];
    if (s !== undefined && !isStateCode(s))
      problems.push({ field: 'state', reason: 'must be a USPS state or territory code such as TX' });
    for (const [field, value] of [
      ['from', f],
      ['to', t],
    ] as const) {
      const problem = value === undefined ? undefined : instantProblem(value);
      if (problem) problems.push({ field, reason: `${problem}` });
    }
    if (problems.length === 0 && f !== undefined && t !== undefined && Date.parse(t) < Date.parse(f))
      problems.push({ field: 'to', reason: 'must not be before from' });
    if (problems.length > 0) throw badRequest(problems);
    const reader = await this.readers.of(actor);
    if (s === undefined && !readsEverything(reader))
      throw forbidden('The national press summary is for the command center: pass state=<a state of yours>.');
    if (s !== undefined && !mayReadState(reader, s))
      throw forbidden(`State ${s} is neither among the states of this token nor co-led by its agency.`);
    return this.position.read(TALLIES, minPosition, () =>
      this.queries.pressSummary({
        ...(s === undefined ? {} : { state: s }),
        ...(f === undefined ? {} : { from: f }),
        ...(t === undefined ? {} : { to: t }),
      }),
    );
  }
}
