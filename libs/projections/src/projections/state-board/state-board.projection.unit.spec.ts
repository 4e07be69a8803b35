import { directiveStreamId, taskForceStreamId, taskingStreamId, commitmentStreamId } from '@hstf/domain';
import { ProjectedEvent } from '../../events/projected-event';
import {
  acknowledgedBy,
  assigned,
  COMMITMENT_ID,
  deliveredQuantity,
  DIRECTIVE_ID,
  enrolled,
  established,
  issued,
  pledged,
  TASKING_ID,
  taskingEvent,
} from '../../testing/domain-events.fixtures';
import { MemoryWriter } from '../../testing/memory-writer';
import { projected, streamOf } from '../../testing/projected-events.fixtures';
import { stateBoardProjection } from './state-board.projection';
import { commitments, directives, taskForces, taskings } from './state-board.tables';

async function applyAll(events: readonly ProjectedEvent[]): Promise<MemoryWriter> {
  const writer = new MemoryWriter();
  for (const event of events) await stateBoardProjection.apply(event, writer);
  return writer;
}

const scope = { states: ['TX'], agencies: [] };

describe('the state board projection', () => {
  it('keeps one row per task force, tasking, directive and commitment, by id', async () => {
    const writer = await applyAll([
      ...streamOf(taskForceStreamId('TX'), scope, [established, enrolled('CBP')]),
      ...streamOf(directiveStreamId(DIRECTIVE_ID), scope, [issued, acknowledgedBy('FBI')]),
      ...streamOf(taskingStreamId(TASKING_ID), scope, [assigned, taskingEvent.accepted]),
      ...streamOf(commitmentStreamId(COMMITMENT_ID), scope, [pledged, deliveredQuantity(2)]),
    ]);
    expect(writer.document(taskForces, 'TX')?.members.map((m) => m.agency)).toEqual([
      'FBI',
      'ICE-HSI',
      'CBP',
    ]);
    expect(writer.document(taskings, TASKING_ID)?.status).toBe('accepted');
    expect(writer.document(directives, DIRECTIVE_ID)?.acknowledgement.acknowledged).toBe(1);
    expect(writer.document(commitments, COMMITMENT_ID)).toMatchObject({ delivered: 2, remaining: 4 });
  });

  it('derives the queryable columns from the row', async () => {
    const writer = await applyAll([projected(assigned, taskingStreamId(TASKING_ID), 0)]);
    const row = writer.document(taskings, TASKING_ID)!;
    expect(Object.fromEntries(taskings.columns.map((c) => [c.name, c.value(row)]))).toEqual({
      state: 'TX',
      status: 'assigned',
      blocked: false,
      lead_agency: 'ICE-HSI',
      agencies: ['ICE-HSI', 'FBI', 'TX-DPS'],
      directive_id: DIRECTIVE_ID,
      due_at: assigned.data.dueAt,
    });
  });

  it('ignores events of a type it does not know', async () => {
    const unknown = { ...projected(assigned, 'report-1', 0), type: 'ArrestTallyReported', data: {} };
    const writer = await applyAll([unknown]);
    expect(writer.documents.size).toBe(0);
  });
});
