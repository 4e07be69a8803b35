import { AddresseeAcknowledgement } from '@hstf/domain';
import { InboxItem, InboxItemKind, keyOfInboxItem } from './inbox-item';

export type InboxRole = 'addressee' | 'lead' | 'supporting' | 'pledging';

/** One item in one agency's inbox, with what it asks of that agency. */
export interface InboxEntry {
  readonly agency: string;
  readonly itemKey: string;
  readonly kind: InboxItemKind;
  readonly role: InboxRole;
  /**
   * Where the item stands for this agency: its own acknowledgement ('awaiting', 'overdue',
   * 'acknowledged') while a directive is in force, otherwise the item's status.
   */
  readonly status: string;
  /** Global position of the latest event that changed the item: the inbox lists newest first. */
  readonly position: bigint;
  readonly item: InboxItem;
  /** The agency's own acknowledgement of a directive's current revision. */
  readonly acknowledgement?: AddresseeAcknowledgement;
}

function directiveEntries(
  item: Extract<InboxItem, { kind: 'directive' }>,
  key: string,
  position: bigint,
): InboxEntry[] {
  const { row } = item;
  return row.acknowledgement.addressees
    .filter((a) => a.addressee.kind === 'agency')
    .map((acknowledgement) => ({
      agency: acknowledgement.addressee.code,
      itemKey: key,
      kind: 'directive',
      role: 'addressee',
      status: row.status === 'issued' ? acknowledgement.status : row.status,
      position,
      item,
      acknowledgement,
    }));
}

/**
 * The inbox entries an item makes, one per agency concerned. Pure, and complete for the item: the
 * projection replaces the item's entries with these, so an agency a reassignment released simply has
 * none any more.
 */
export function inboxEntries(item: InboxItem, position: bigint): InboxEntry[] {
  const itemKey = keyOfInboxItem(item);
  const entry = (agency: string, role: InboxRole): InboxEntry => ({
    agency,
    itemKey,
    kind: item.kind,
    role,
    status: item.row.status,
    position,
    item,
  });
  switch (item.kind) {
    case 'directive':
      return directiveEntries(item, itemKey, position);
    case 'tasking':
      return [
        entry(item.row.leadAgency, 'lead'),
        ...item.row.supportingAgencies.map((agency) => entry(agency, 'supporting')),
      ];
    case 'commitment':
      return [entry(item.row.agency, 'pledging')];
  }
}
