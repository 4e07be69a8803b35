import { directiveStreamId, taskingStreamId } from '@hstf/domain';
import { ProjectedEvent } from '../../events/projected-event';
import { InboxEntry } from '../../inbox/inbox-entries';
import {
  acknowledgedBy,
  amendedAddingDea,
  assigned,
  DIRECTIVE_ID,
  issued,
  TASKING_ID,
  taskingEvent,
} from '../../testing/domain-events.fixtures';
import { MemoryWriter } from '../../testing/memory-writer';
import { streamOf } from '../../testing/projected-events.fixtures';
import { agencyInboxProjection } from './agency-inbox.projection';
import { inboxEntriesTable } from './agency-inbox.tables';

async function entries(events: readonly ProjectedEvent[]): Promise<InboxEntry[]> {
  const writer = new MemoryWriter();
  for (const event of events) await agencyInboxProjection.apply(event, writer);
  return writer.rowsOf(inboxEntriesTable);
}

const scope = { states: ['TX'], agencies: ['FBI', 'CBP'] };

describe('the agency inbox projection', () => {
  it('gives each addressed agency the directive with its own acknowledgement, up to date after every event', async () => {
    const rows = await entries(
      streamOf(directiveStreamId(DIRECTIVE_ID), scope, [issued, acknowledgedBy('FBI')]),
    );
    expect(rows.map((e) => [e.agency, e.status])).toEqual([
      ['FBI', 'acknowledged'],
      ['CBP', 'awaiting'],
    ]);
  });

  it('adds the agency an amendment addresses, and asks everyone again for the new revision', async () => {
    const rows = await entries(
      streamOf(directiveStreamId(DIRECTIVE_ID), scope, [issued, acknowledgedBy('FBI'), amendedAddingDea]),
    );
    expect(rows.map((e) => [e.agency, e.status])).toEqual([
      ['FBI', 'awaiting'],
      ['CBP', 'awaiting'],
      ['DEA', 'awaiting'],
    ]);
  });

  it('takes a tasking out of the inbox of an agency the reassignment released', async () => {
    const { declined, reassigned } = taskingEvent;
    const rows = await entries(
      streamOf(taskingStreamId(TASKING_ID), scope, [assigned, declined, reassigned]),
    );
    expect(rows.map((e) => [e.agency, e.role])).toEqual([
      ['CBP', 'lead'],
      ['FBI', 'supporting'],
    ]);
  });
});
