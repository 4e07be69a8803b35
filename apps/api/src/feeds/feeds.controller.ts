import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { isStateCode } from '@hstf/domain';
import {
  agencyAudience,
  COMMAND_CENTER,
  stateAudience,
  SUPERVISION,
  victimsAudience,
} from '@hstf/projections';
import type { FastifyReply } from 'fastify';
import { AgencyCodePipe } from '../agencies/agency-code.pipe';
import { badRequest } from '../http/problem';
import {
  requireAgencyFeed,
  requireCommandCenterFeed,
  requireStateFeed,
  requireSupervisionFeed,
  requireVictimsFeed,
} from './feed-access';
import { Readers } from '../queries/readers';
import { FeedStreams } from '@hstf/feeds';
import { resumePosition } from './last-event-id';

const resumeHeader = {
  name: 'Last-Event-ID',
  required: false,
  description: 'Resume right after this item (its SSE id, a global position); -1 for the beginning',
};
const resumeQuery = {
  name: 'lastEventId',
  required: false,
  description: 'The same, for clients that cannot set headers; the header wins',
};

/**
 * Live feeds as Server-Sent Events: `id` the global position, `event` the event type, `data` JSON with a
 * one-line summary and the event's data. Access is refused (403) before the stream starts.
 */
@ApiTags('feeds')
@ApiBearerAuth()
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly streams: FeedStreams,
    private readonly readers: Readers,
  ) {}

  @Get('agencies/:code')
  @ApiOperation({ summary: "An agency's feed (its own liaisons; operators, supervisors, auditors)" })
  @ApiProduces('text/event-stream')
  @ApiHeader(resumeHeader)
  @ApiQuery(resumeQuery)
  async agency(
    @Param('code', new AgencyCodePipe()) code: string,
    @Headers('last-event-id') header: string | undefined,
    @Query('lastEventId') query: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireAgencyFeed(await this.readers.of(actor), code);
    await this.streams.open(reply, agencyAudience(code), resumePosition(header, query));
  }

  @Get('agencies/:code/victims')
  @ApiOperation({
    summary:
      "The victims' records an agency is on (referrals, remission petitions): its own liaisons, supervisors and auditors",
  })
  @ApiProduces('text/event-stream')
  @ApiHeader(resumeHeader)
  @ApiQuery(resumeQuery)
  async victims(
    @Param('code', new AgencyCodePipe()) code: string,
    @Headers('last-event-id') header: string | undefined,
    @Query('lastEventId') query: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireVictimsFeed(await this.readers.of(actor), code);
    await this.streams.open(reply, victimsAudience(code), resumePosition(header, query));
  }

  @Get('states/:state')
  @ApiOperation({ summary: "A state task force's feed (liaisons assigned the state; the command center)" })
  @ApiProduces('text/event-stream')
  @ApiHeader(resumeHeader)
  @ApiQuery(resumeQuery)
  async state(
    @Param('state') state: string,
    @Headers('last-event-id') header: string | undefined,
    @Query('lastEventId') query: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isStateCode(state))
      throw badRequest([{ field: 'state', reason: 'must be a USPS state or territory code such as TX' }]);
    requireStateFeed(await this.readers.of(actor), state);
    await this.streams.open(reply, stateAudience(state), resumePosition(header, query));
  }

  @Get('command-center')
  @ApiOperation({
    summary: "The supervisors' feed: every event, escalations such as overdue acknowledgements included",
  })
  @ApiProduces('text/event-stream')
  @ApiHeader(resumeHeader)
  @ApiQuery(resumeQuery)
  async commandCenter(
    @Headers('last-event-id') header: string | undefined,
    @Query('lastEventId') query: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireCommandCenterFeed(actor);
    await this.streams.open(reply, COMMAND_CENTER, resumePosition(header, query));
  }

  @Get('supervision')
  @ApiOperation({
    summary:
      "Victims' records (referrals, remission petitions), which the command center feed leaves out: for supervisors and auditors",
  })
  @ApiProduces('text/event-stream')
  @ApiHeader(resumeHeader)
  @ApiQuery(resumeQuery)
  async supervision(
    @Headers('last-event-id') header: string | undefined,
    @Query('lastEventId') query: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireSupervisionFeed(await this.readers.of(actor));
    await this.streams.open(reply, SUPERVISION, resumePosition(header, query));
  }
}
