import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import { badRequest } from '../http/problem';
import { AUDIT_CONFIG, AuditConfig } from '@hstf/audit';
import { countOf, CutQuery, cutOf, HistoryQuery } from './audit-queries.dto';
import { AuditRoute } from './audit-route.decorator';
import { HistoryPage, StreamHistory, StreamStateAsOf } from './stream-history';

const STREAM_ID = /^[\w.:@-]{1,200}$/;

const streamIdOf = (value: string): string => {
  if (!STREAM_ID.test(value))
    throw badRequest([{ field: 'streamId', reason: 'streamId must be a stream id' }]);
  return value;
};

const streamParam = ApiParam({ name: 'streamId', example: 'directive-3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11' });

@AuditRoute()
@Controller('audit/streams')
export class AuditStreamsController {
  constructor(
    private readonly history: StreamHistory,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
  ) {}

  @Get(':streamId')
  @streamParam
  @ApiOperation({
    summary: "A stream's every event, in order: who, when, under which authority, by which command",
  })
  page(@Param('streamId') streamId: string, @Query() query: HistoryQuery): Promise<HistoryPage> {
    const from = BigInt(query.fromRevision ?? '0');
    return this.history.page(streamIdOf(streamId), from, countOf(query.limit, 'limit', 100, 1000));
  }

  @Get(':streamId/state')
  @streamParam
  @ApiOperation({
    summary: "An aggregate's state folded from its events recorded up to a time or a position",
  })
  state(@Param('streamId') streamId: string, @Query() query: CutQuery): Promise<StreamStateAsOf> {
    return this.history.stateAsOf(streamIdOf(streamId), cutOf(query, this.config.cutSkewMs));
  }
}
