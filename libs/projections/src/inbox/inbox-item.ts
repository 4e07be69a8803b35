import { CommitmentRow } from '../rows/commitment-row';
import { DirectiveRow } from '../rows/directive-row';
import { TaskingRow } from '../rows/tasking-row';

/** Something that lands in agencies' inboxes, with the row the boards show for it. */
export type InboxItem =
  | { readonly kind: 'directive'; readonly row: DirectiveRow }
  | { readonly kind: 'tasking'; readonly row: TaskingRow }
  | { readonly kind: 'commitment'; readonly row: CommitmentRow };

export type InboxItemKind = InboxItem['kind'];

export const inboxItemKey = (kind: InboxItemKind, id: string): string => `${kind}:${id}`;

export function keyOfInboxItem(item: InboxItem): string {
  switch (item.kind) {
    case 'directive':
      return inboxItemKey('directive', item.row.directiveId);
    case 'tasking':
      return inboxItemKey('tasking', item.row.taskingId);
    case 'commitment':
      return inboxItemKey('commitment', item.row.commitmentId);
  }
}
