import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { isStateCode, Reader, readsRestricted, REFERRAL_STEWARD } from '@hstf/domain';
import { READ_MODELS, ReadModelQueries, VICTIM_SERVICES } from '@hstf/projections';
import { badRequest, forbidden } from '../http/problem';
import { Readers } from '../queries/readers';
import { ReadPosition } from '../read-models/read-position';

/**
 * Counts of victims' records are for those who supervise the referral pathways: the command center's
 * supervisors and auditors, and CCHT, which is on every referral. Operators and other liaisons read none.
 */
const readsSummary = (reader: Reader): boolean =>
  readsRestricted(reader) || (reader.roles.includes('liaison') && reader.agency === REFERRAL_STEWARD);

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('victim-services')
export class VictimServicesController {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    private readonly position: ReadPosition,
    private readonly readers: Readers,
  ) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Per state, the referrals of each channel by status (supervisors, auditors and CCHT)',
  })
  @ApiQuery({ name: 'state', required: false, description: 'USPS code; every state when absent' })
  @ApiQuery({ name: 'minPosition', required: false, description: 'Wait (bounded) for this global position' })
  @ApiResponse({
    status: 200,
    description:
      'states: [{ state, channels: { victim-services|remission|restitution: { made, accepted, in_progress, closed } }, total }]',
  })
  async summary(
    @Query('state') state: string | undefined,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    if (state !== undefined && !isStateCode(state))
      throw badRequest([{ field: 'state', reason: 'must be a USPS state or territory code such as TX' }]);
    if (!readsSummary(await this.readers.of(actor)))
      throw forbidden(
        'The victim-services summary is for the supervisors and auditors of the command center, and the agency that runs the referral pathways.',
      );
    const states = await this.position.read(VICTIM_SERVICES, minPosition, () =>
      this.queries.victimServices(state),
    );
    return { states };
  }
}
