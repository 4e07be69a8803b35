import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { AccessPage, AccessQuery } from './access-query';
import { AccessParams, countOf } from './audit-queries.dto';
import { AuditRoute } from './audit-route.decorator';

const DAY_MS = 86_400_000;

@AuditRoute()
@Controller('audit/access')
export class AuditAccessController {
  constructor(private readonly access: AccessQuery) {}

  @Get()
  @ApiOperation({
    summary:
      'The access audit: tokens accepted and refused, commands and their outcomes, permission changes, ' +
      'audit reads and exports; each with date and time, component, type, user identity and outcome',
  })
  find(@Query() query: AccessParams): Promise<AccessPage> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DAY_MS);
    return this.access.find({
      from,
      to,
      subject: query.subject,
      type: query.type,
      outcome: query.outcome,
      limit: countOf(query.limit, 'limit', 500, 5000),
      cursor: query.cursor,
    });
  }
}
