import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '@hstf/auth';
import { forbidden } from '../http/problem';
import { ReadPosition } from '../read-models/read-position';
import { Readers } from '../queries/readers';
import { LiaisonInbox } from './liaison-inbox';
import { LiaisonInboxView } from './liaison-inbox-view';

/** What the caller's own token makes theirs. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly inbox: LiaisonInbox,
    private readonly position: ReadPosition,
    private readonly readers: Readers,
  ) {}

  @Get('inbox')
  @ApiOperation({
    summary:
      "A liaison's to-do: directives to acknowledge, taskings to accept or report on, commitments due; " +
      'each with the command that acts on it',
  })
  @ApiQuery({
    name: 'minPosition',
    required: false,
    description: 'Wait (bounded) until the read models have applied this position, as answered by a command',
  })
  async inboxOf(
    @Query('minPosition') minPosition: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<LiaisonInboxView> {
    const agency = actor.agency;
    if (!actor.roles.includes('liaison') || agency === undefined)
      throw forbidden("/me/inbox is a liaison's: the token names no agency to act for.", 'NOT_A_LIAISON');
    const reader = await this.readers.of(actor);
    // Built from two read models: wait for both to reach the position.
    return this.position.read('agency_inbox', minPosition, () =>
      this.position.read('state_board', minPosition, () => this.inbox.of(agency, reader)),
    );
  }
}
