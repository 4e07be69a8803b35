import { Injectable } from '@nestjs/common';
import { AGGREGATES } from '../commands/aggregates';
import { CommandPath } from '../commands/command-path';
import { ProblemError } from '../http/problem';
import { DEADLINES_ACTOR } from './deadlines-actor';
import { DueAcknowledgement } from './due-acknowledgements';
import { overdueCommandId } from './overdue-command-id';
import { MarkOutcome, OverdueMarker } from './overdue-marker';

// Refusals that mean the schedule was behind the stream: someone (another instance, the addressee, an
// operator) got there first. The next event folded brings the schedule up to date.
const SETTLED = new Set([
  'DIRECTIVE_ALREADY_MARKED_OVERDUE',
  'DIRECTIVE_ALREADY_ACKNOWLEDGED',
  'DIRECTIVE_ACKNOWLEDGEMENT_NOT_YET_DUE',
  'DIRECTIVE_RESCINDED',
  'DIRECTIVE_SUPERSEDED',
]);

/**
 * Marks through the API's one command path, like any command: the stream is loaded and folded, the decider
 * checks the rule, and the deterministic command id makes a repeat, from here or from another instance,
 * either a replay or an idempotent append of the same event id.
 */
@Injectable()
export class CommandPathOverdueMarker implements OverdueMarker {
  constructor(private readonly commands: CommandPath) {}

  async mark(due: DueAcknowledgement, now: Date): Promise<MarkOutcome> {
    const { directiveId, addressee } = due;
    try {
      const outcome = await this.commands.execute(
        AGGREGATES.directive,
        directiveId,
        {
          type: 'MarkAcknowledgementOverdue',
          data: { directiveId, addressee },
          meta: { now: now.toISOString() },
        },
        {
          actor: DEADLINES_ACTOR,
          commandId: overdueCommandId(due),
          provenance: { correlationId: due.correlationId, causationId: due.causationId },
        },
        { mode: 'update' },
      );
      return outcome.replayed
        ? { kind: 'replayed' }
        : { kind: 'marked', eventId: outcome.eventIds[0], position: outcome.position };
    } catch (error) {
      const code = error instanceof ProblemError ? error.problem.code : undefined;
      if (code !== undefined && SETTLED.has(code)) return { kind: 'settled', code };
      throw error;
    }
  }
}
