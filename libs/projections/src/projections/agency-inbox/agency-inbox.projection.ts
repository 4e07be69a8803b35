import type { HstfEvent } from '@hstf/contracts';
import { Projection } from '../../definition/projection';
import { evolveDocument } from '../../definition/evolve-document';
import { isCommitmentEvent, isDirectiveEvent, isTaskingEvent } from '../../events/event-kinds';
import { domainEventOf } from '../../events/projected-event';
import { inboxEntries } from '../../inbox/inbox-entries';
import { InboxItem, inboxItemKey } from '../../inbox/inbox-item';
import { evolveCommitmentRow } from '../../rows/commitment-row';
import { evolveDirectiveRow } from '../../rows/directive-row';
import { evolveTaskingRow } from '../../rows/tasking-row';
import { inboxEntriesTable, inboxItems } from './agency-inbox.tables';

/** The next item, or undefined when the event is not one of this item's. */
function evolveItem(item: InboxItem | undefined, event: HstfEvent): InboxItem | undefined {
  if (isDirectiveEvent(event)) {
    const row = evolveDirectiveRow(item?.kind === 'directive' ? item.row : undefined, event);
    return row && { kind: 'directive', row };
  }
  if (isTaskingEvent(event)) {
    const row = evolveTaskingRow(item?.kind === 'tasking' ? item.row : undefined, event);
    return row && { kind: 'tasking', row };
  }
  if (isCommitmentEvent(event)) {
    const row = evolveCommitmentRow(item?.kind === 'commitment' ? item.row : undefined, event);
    return row && { kind: 'commitment', row };
  }
  return undefined;
}

function keyOf(event: HstfEvent): string | undefined {
  if (isDirectiveEvent(event)) return inboxItemKey('directive', event.data.directiveId);
  if (isTaskingEvent(event)) return inboxItemKey('tasking', event.data.taskingId);
  if (isCommitmentEvent(event)) return inboxItemKey('commitment', event.data.commitmentId);
  return undefined;
}

/**
 * Each agency's directives (with its own acknowledgement), the taskings it leads or supports, and its
 * commitments. Every event on an item recomputes all of the item's entries, so an agency that an
 * amendment adds gains the directive and one that a reassignment releases loses the tasking.
 */
export const agencyInboxProjection: Projection = {
  name: 'agency_inbox',
  version: 1,
  tables: [inboxItems, inboxEntriesTable],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    const key = event && keyOf(event);
    if (event === undefined || key === undefined) return;
    const { after } = await evolveDocument(writer, inboxItems, key, (item) => evolveItem(item, event));
    writer.replaceGroup(inboxEntriesTable, key, after ? inboxEntries(after, envelope.globalPosition) : []);
  },
};
