import type { SqlClient } from '@hstf/event-store';
import { AddresseeAcknowledgement } from '@hstf/domain';
import { InboxEntry } from '../inbox/inbox-entries';
import { CommitmentRow } from '../rows/commitment-row';
import { DirectiveRow } from '../rows/directive-row';
import { TaskingRow } from '../rows/tasking-row';

export interface InboxDirective {
  readonly directive: DirectiveRow;
  /** This agency's own acknowledgement of the current revision. */
  readonly acknowledgement: AddresseeAcknowledgement;
  /** 'awaiting', 'overdue' or 'acknowledged' while in force; 'rescinded' or 'superseded' after. */
  readonly status: string;
}

export interface AgencyInbox {
  readonly agency: string;
  readonly directives: readonly InboxDirective[];
  readonly taskings: { readonly lead: readonly TaskingRow[]; readonly supporting: readonly TaskingRow[] };
  readonly commitments: readonly CommitmentRow[];
}

export interface InboxOptions {
  /** Also list completed and cancelled taskings, withdrawn commitments, closed directives. */
  readonly includeClosed?: boolean;
}

const CLOSED = ['completed', 'cancelled', 'withdrawn', 'rescinded', 'superseded'];

type StoredEntry = Omit<InboxEntry, 'position'>;

/** Newest first within each section. */
export async function agencyInbox(
  sql: SqlClient,
  agency: string,
  options: InboxOptions = {},
): Promise<AgencyInbox> {
  const rows = await sql.query<{ doc: StoredEntry }>(
    `SELECT doc FROM agency_inbox.inbox_entries
      WHERE agency = $1 AND ($2::boolean OR NOT status = ANY($3::text[]))
      ORDER BY inbox_entries.position DESC, item_key`,
    [agency, options.includeClosed ?? false, CLOSED],
  );
  const inbox = {
    directives: [] as InboxDirective[],
    lead: [] as TaskingRow[],
    supporting: [] as TaskingRow[],
    commitments: [] as CommitmentRow[],
  };
  for (const { doc } of rows) {
    const { item } = doc;
    if (item.kind === 'directive' && doc.acknowledgement) {
      inbox.directives.push({
        directive: item.row,
        acknowledgement: doc.acknowledgement,
        status: doc.status,
      });
    } else if (item.kind === 'tasking') {
      (doc.role === 'lead' ? inbox.lead : inbox.supporting).push(item.row);
    } else if (item.kind === 'commitment') {
      inbox.commitments.push(item.row);
    }
  }
  return {
    agency,
    directives: inbox.directives,
    taskings: { lead: inbox.lead, supporting: inbox.supporting },
    commitments: inbox.commitments,
  };
}
