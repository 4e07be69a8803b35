import { Inject, Injectable } from '@nestjs/common';
import type { SqlClient } from '@hstf/event-store';
import { fromReadModel } from '@hstf/projections';
import { SQL_DATABASE } from '@hstf/event-store';

/**
 * The states whose task force an agency co-leads (DOJ or DHS side): its liaison acknowledges directives
 * addressed to those task forces. Read from the state board's task forces.
 */
@Injectable()
export class CoLedTaskForces {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlClient) {}

  async of(agency: string): Promise<string[]> {
    const rows = await fromReadModel('state_board', () =>
      this.sql.query<{ state: string }>(
        `SELECT id AS state FROM state_board.task_forces
          WHERE doc->'coLeads'->>'DOJ' = $1 OR doc->'coLeads'->>'DHS' = $1
          ORDER BY id`,
        [agency],
      ),
    );
    return rows.map((row) => row.state);
  }
}
