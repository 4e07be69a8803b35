import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import { StateCode } from '@hstf/domain';
import { StateCodePipe } from '../task-forces/path-params';
import { AUDIT_CONFIG, AuditConfig, BoardAsOf, BoardHistory } from '@hstf/audit';
import { CutQuery, cutOf } from './audit-queries.dto';
import { AuditRoute } from './audit-route.decorator';

@AuditRoute()
@Controller('audit/task-forces')
export class AuditBoardController {
  constructor(
    private readonly boards: BoardHistory,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
  ) {}

  @Get(':state/board')
  @ApiParam({ name: 'state', example: 'TX' })
  @ApiOperation({
    summary:
      "A state's board as the command center knew it: the task force, its taskings, the directives addressed " +
      'to it, the commitments to it and its operational reports with their tallies per tier, folded from the ' +
      'events recorded up to a time or a position',
  })
  board(@Param('state', StateCodePipe) state: StateCode, @Query() query: CutQuery): Promise<BoardAsOf> {
    return this.boards.boardAsOf(state, cutOf(query, this.config.cutSkewMs));
  }
}
