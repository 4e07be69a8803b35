import {
  directiveScope,
  mayRead,
  mayReadTextOf,
  Reader,
  redactAcknowledgement,
  redactDirective,
} from '@hstf/domain';
import type { AgencyInbox } from '../queries/inbox-query';
import type { StateBoard } from '../queries/board-query';
import type { CommitmentRow } from '../rows/commitment-row';
import type { DirectiveRow } from '../rows/directive-row';
import type { TaskingRow } from '../rows/tasking-row';

/**
 * The read models as a reader may read them, by the domain's rule: an item only if the reader may read
 * its aggregate, and in it the words of another agency (progress reports, decline reasons, pledge notes,
 * acknowledgement notes) withheld. The fields withheld are left out, so a client cannot mistake an empty
 * text for one that was written.
 */
export const mayReadDirective = (reader: Reader, row: DirectiveRow): boolean =>
  mayRead(reader, directiveScope(row));

/** The acknowledgement status repeats each current acknowledgement: its note is withheld there too. */
export function readableDirective(reader: Reader, row: DirectiveRow): DirectiveRow {
  const addressees = row.acknowledgement.addressees.map((standing) =>
    standing.acknowledgement === undefined
      ? standing
      : { ...standing, acknowledgement: redactAcknowledgement(reader, standing.acknowledgement) },
  );
  return { ...redactDirective(reader, row), acknowledgement: { ...row.acknowledgement, addressees } };
}

export function readableTasking(reader: Reader, row: TaskingRow): TaskingRow {
  const progress =
    row.progress === null || mayReadTextOf(reader, row.progress.reportedBy)
      ? row.progress
      : withoutKey(row.progress, 'summary');
  const lastDecline =
    row.lastDecline === null || mayReadTextOf(reader, row.lastDecline.by)
      ? row.lastDecline
      : withoutKey(row.lastDecline, 'reason');
  return { ...row, progress, lastDecline };
}

export const readableCommitment = (reader: Reader, row: CommitmentRow): CommitmentRow =>
  row.note === undefined || mayReadTextOf(reader, row.agency) ? row : withoutKey(row, 'note');

export function readableBoard(reader: Reader, board: StateBoard): StateBoard {
  const taskings = (rows: readonly TaskingRow[]) => rows.map((row) => readableTasking(reader, row));
  const { assigned, accepted, in_progress, declined } = board.openTaskings;
  return {
    ...board,
    openTaskings: {
      assigned: taskings(assigned),
      accepted: taskings(accepted),
      in_progress: taskings(in_progress),
      declined: taskings(declined),
    },
    // The board lists what its members still owe; a member's directive is for the readers it addresses.
    directivesAwaitingAcknowledgement: board.directivesAwaitingAcknowledgement
      .filter(({ directive }) => mayReadDirective(reader, directive))
      .map((item) => ({ ...item, directive: readableDirective(reader, item.directive) })),
    commitments: {
      ...board.commitments,
      items: board.commitments.items.map((row) => readableCommitment(reader, row)),
    },
  };
}

/** An agency's inbox is its own items; only the words of the other agencies in them are withheld. */
export function readableInbox(reader: Reader, inbox: AgencyInbox): AgencyInbox {
  return {
    ...inbox,
    directives: inbox.directives.map((item) => ({
      ...item,
      directive: readableDirective(reader, item.directive),
    })),
    taskings: {
      lead: inbox.taskings.lead.map((row) => readableTasking(reader, row)),
      supporting: inbox.taskings.supporting.map((row) => readableTasking(reader, row)),
    },
    commitments: inbox.commitments.map((row) => readableCommitment(reader, row)),
  };
}

// Only for optional keys: what is left is still a T.
function withoutKey<T extends object, K extends OptionalKeys<T>>(value: T, key: K): T {
  const { [key]: _withheld, ...rest } = value;
  return rest as T;
}

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];
