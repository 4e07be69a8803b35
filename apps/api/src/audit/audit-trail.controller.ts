import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import { badRequest } from '../http/problem';
import { UuidParam } from '../http/uuid-param.pipe';
import { countOf, TrailQuery } from './audit-queries.dto';
import { AuditRoute } from './audit-route.decorator';
import { Trail, TrailFinder } from './trail-finder';

@AuditRoute()
@Controller('audit')
export class AuditTrailController {
  constructor(private readonly trails: TrailFinder) {}

  @Get('directives/:id/trail')
  @ApiParam({ name: 'id', description: 'the directive id' })
  @ApiOperation({
    summary:
      'Everything that followed from a directive: its own events, the taskings issued under it and their ' +
      'progress, and what shares its correlation or was caused by any of these',
  })
  directive(@Param('id', new UuidParam('id')) id: string, @Query() query: TrailQuery): Promise<Trail> {
    return this.trails.ofDirective(id, countOf(query.limit, 'limit', 1000, 10_000));
  }

  @Get('correlations/:correlationId')
  @ApiOperation({ summary: 'Every event of one correlation id, and what those events caused' })
  correlation(@Param('correlationId') correlationId: string, @Query() query: TrailQuery): Promise<Trail> {
    if (!/^[\w.:@-]{1,200}$/.test(correlationId)) {
      throw badRequest([{ field: 'correlationId', reason: 'correlationId must be an id' }]);
    }
    return this.trails.ofCorrelation(correlationId, countOf(query.limit, 'limit', 1000, 10_000));
  }
}
