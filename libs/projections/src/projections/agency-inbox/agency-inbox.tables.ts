import { InboxEntry } from '../../inbox/inbox-entries';
import { InboxItem, keyOfInboxItem } from '../../inbox/inbox-item';
import { documentTable } from '../../tables/document-table';
import { rowTable } from '../../tables/row-table';

/** The items themselves, folded, from which each event recomputes the entries. */
export const inboxItems = documentTable<InboxItem>({
  name: 'inbox_items',
  keyOf: keyOfInboxItem,
  columns: [{ name: 'kind', type: 'text', value: (item) => item.kind }],
});

/** One row per agency and item: what an agency's liaison reads first. */
export const inboxEntriesTable = rowTable<InboxEntry>({
  name: 'inbox_entries',
  columns: [
    { name: 'agency', type: 'text', value: (e) => e.agency },
    { name: 'item_key', type: 'text', value: (e) => e.itemKey },
    { name: 'role', type: 'text', value: (e) => e.role },
    { name: 'kind', type: 'text', value: (e) => e.kind },
    { name: 'status', type: 'text', value: (e) => e.status },
    { name: 'position', type: 'bigint', value: (e) => e.position },
    { name: 'doc', type: 'jsonb', value: ({ position: _position, ...entry }) => entry },
  ],
  primaryKey: ['agency', 'item_key', 'role'],
  groupColumn: 'item_key',
  indexes: ['(item_key)', '(agency, kind, position)'],
});
