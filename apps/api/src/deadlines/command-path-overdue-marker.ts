import { Injectable } from '@nestjs/common';
import { CommandPath } from '../commands/command-path';
import { overdueMarkSettled } from '@hstf/domain';
import { DomainRefusal } from '../commands/refusals';
import { DIRECTIVE_COMMANDS } from '../directives/directive.commands';
import {
  DEADLINES_ACTOR,
  DueAcknowledgement,
  MarkOutcome,
  overdueCommandId,
  OverdueMarker,
} from '@hstf/deadlines';

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
      const outcome = await this.commands.send(DIRECTIVE_COMMANDS.markOverdue, {
        params: { id: directiveId },
        body: { addressee },
        context: {
          actor: DEADLINES_ACTOR,
          commandId: overdueCommandId(due),
          provenance: { correlationId: due.correlationId, causationId: due.causationId },
        },
        now,
      });
      return outcome.replayed
        ? { kind: 'replayed' }
        : { kind: 'marked', eventId: outcome.eventIds[0], position: outcome.position };
    } catch (error) {
      if (error instanceof DomainRefusal && overdueMarkSettled(error.refusal)) {
        return { kind: 'settled', code: error.refusal.code };
      }
      throw error;
    }
  }
}
