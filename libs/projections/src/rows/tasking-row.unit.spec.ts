import { assigned, foldRows, taskingEvent } from '../testing/domain-events.fixtures';
import { evolveTaskingRow, isOpenTasking, taskingAgencies } from './tasking-row';

const { accepted, declined, progressed, blocked, unblocked, reassigned, completed, cancelled } = taskingEvent;

describe('the tasking row', () => {
  it('carries the narrative of the assignment beside its lifecycle', () => {
    const row = foldRows(evolveTaskingRow, [assigned]);
    expect(row).toMatchObject({
      status: 'assigned',
      taskForce: 'TX',
      title: 'Disrupt the Laredo stash-house network',
      objective: 'smuggling',
      directiveId: assigned.data.directiveId,
      blocked: null,
      progress: null,
    });
    expect(row && taskingAgencies(row)).toEqual(['ICE-HSI', 'FBI', 'TX-DPS']);
  });

  it('shows the latest progress report and the block beside the status', () => {
    const row = foldRows(evolveTaskingRow, [assigned, accepted, progressed, blocked]);
    expect(row).toMatchObject({
      status: 'in_progress',
      progress: { percentComplete: 40, reportedBy: 'FBI', summary: 'Two houses under surveillance.' },
      blocked: { reason: 'Warrant pending before the magistrate.' },
    });
    expect(foldRows(evolveTaskingRow, [assigned, blocked, unblocked])?.blocked).toBeNull();
  });

  it('keeps why the first lead declined once the tasking is reassigned', () => {
    const row = foldRows(evolveTaskingRow, [assigned, declined, reassigned]);
    expect(row).toMatchObject({
      status: 'assigned',
      leadAgency: 'CBP',
      supportingAgencies: ['FBI'],
      lastDecline: { by: 'ICE-HSI', reason: 'No agents free until January.' },
    });
  });

  it('is closed by completion or cancellation, with the outcome or the reason', () => {
    const done = foldRows(evolveTaskingRow, [assigned, declined, reassigned, completed]);
    expect(done).toMatchObject({
      status: 'completed',
      closure: { note: 'Three stash houses searched, 14 arrests.' },
    });
    expect(done && isOpenTasking(done)).toBe(false);
    const off = foldRows(evolveTaskingRow, [assigned, cancelled]);
    expect(off).toMatchObject({ status: 'cancelled', closure: { note: 'Superseded by a DEA operation.' } });
  });

  it('has no row before the assignment', () => {
    expect(foldRows(evolveTaskingRow, [accepted])).toBeUndefined();
  });
});
