import { Inject, Injectable } from '@nestjs/common';
import type { Reader } from '@hstf/domain';
import {
  DirectiveRow,
  READ_MODELS,
  readableDirective,
  readableInbox,
  ReadModelQueries,
} from '@hstf/projections';
import { CoLedTaskForces } from '../queries/co-led-task-forces';
import { composeInbox } from './compose-inbox';
import { LiaisonInboxView } from './liaison-inbox-view';

/** Gathers a liaison's inbox from the read models: the agency's own, and its co-led task forces'. */
@Injectable()
export class LiaisonInbox {
  constructor(
    @Inject(READ_MODELS) private readonly queries: ReadModelQueries,
    private readonly coLeads: CoLedTaskForces,
  ) {}

  /** The reader's words of other agencies are withheld here as on every other read path. */
  async of(agency: string, reader: Reader): Promise<LiaisonInboxView> {
    const [inbox, states] = await Promise.all([this.queries.inbox(agency), this.coLeads.of(agency)]);
    const coLed = await Promise.all(
      states.map(async (state) => ({
        state,
        directives: (await this.awaiting(state)).map((row) => readableDirective(reader, row)),
      })),
    );
    return composeInbox({ agency, inbox: readableInbox(reader, inbox), coLed, now: new Date() });
  }

  /** Every page of the directives that still wait for the state task force's acknowledgement. */
  private async awaiting(state: string): Promise<DirectiveRow[]> {
    const rows: DirectiveRow[] = [];
    let after: string | undefined;
    do {
      const page = await this.queries.directives({
        addressee: state,
        awaiting: true,
        status: 'issued',
        limit: 1000,
        ...(after === undefined ? {} : { after }),
      });
      rows.push(...page.items);
      after = page.next;
    } while (after !== undefined);
    return rows;
  }
}
