import { Injectable } from '@nestjs/common';
import type { Actor } from '@hstf/auth';
import { Reader, readsEverything } from '@hstf/domain';
import { ReadModelUnavailable } from '@hstf/projections';
import { CoLedTaskForces } from './co-led-task-forces';

/**
 * The caller as the domain's scope rule sees it. A liaison's agency also reads for the task forces it
 * co-leads, which the token does not say: they come from the state board, so that what `/me/inbox` asks a
 * co-lead to acknowledge is what `GET /directives/{id}` lets it read.
 */
@Injectable()
export class Readers {
  constructor(private readonly coLeads: CoLedTaskForces) {}

  async of(actor: Actor): Promise<Reader> {
    const reader: Reader = {
      roles: actor.roles,
      agency: actor.agency,
      states: actor.states,
      coLedStates: [],
    };
    if (readsEverything(reader) || actor.agency === undefined) return reader;
    return { ...reader, coLedStates: await this.coLedBy(actor.agency) };
  }

  // Fails closed: without the state board (no projector has run yet), a co-lead reads by its token alone.
  private async coLedBy(agency: string): Promise<string[]> {
    try {
      return await this.coLeads.of(agency);
    } catch (error) {
      if (error instanceof ReadModelUnavailable) return [];
      throw error;
    }
  }
}
