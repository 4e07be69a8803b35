import {
  adjusted,
  commitmentWithdrawn,
  deliveredQuantity,
  foldRows,
  pledged,
} from '../testing/domain-events.fixtures';
import { evolveCommitmentRow } from './commitment-row';

describe('the commitment row', () => {
  it('starts with nothing delivered and the whole pledge to come', () => {
    expect(foldRows(evolveCommitmentRow, [pledged])).toMatchObject({
      status: 'pledged',
      agency: 'DEA',
      taskForce: 'TX',
      kind: 'personnel',
      quantity: 6,
      delivered: 0,
      remaining: 6,
      pledgedAt: pledged.data.pledgedAt,
      note: 'Two teams from the Houston division.',
    });
  });

  it('adds partial deliveries up, against an adjusted pledge', () => {
    const row = foldRows(evolveCommitmentRow, [
      pledged,
      deliveredQuantity(2),
      adjusted,
      deliveredQuantity(1),
    ]);
    expect(row).toMatchObject({ quantity: 8, appropriation: 'pending', delivered: 3, remaining: 5 });
    expect(row?.deliveries).toHaveLength(2);
  });

  it('keeps what was delivered once withdrawn, and expects nothing more', () => {
    const row = foldRows(evolveCommitmentRow, [pledged, deliveredQuantity(2), commitmentWithdrawn]);
    expect(row).toMatchObject({
      status: 'withdrawn',
      delivered: 2,
      remaining: 0,
      pledgedAt: pledged.data.pledgedAt,
    });
  });

  it('has no row before the pledge', () => {
    expect(foldRows(evolveCommitmentRow, [deliveredQuantity(2)])).toBeUndefined();
  });
});
