import {
  acknowledgedBy,
  amendedAddingDea,
  foldRows,
  issued,
  overdue,
  rescinded,
} from '../testing/domain-events.fixtures';
import { evolveDirectiveRow, pendingCodes } from './directive-row';

describe('the directive row', () => {
  it('is pending with every addressee once issued', () => {
    const row = foldRows(evolveDirectiveRow, [issued]);
    expect(row?.pending).toEqual([
      { kind: 'state', code: 'TX' },
      { kind: 'agency', code: 'FBI' },
      { kind: 'agency', code: 'CBP' },
    ]);
    expect(row?.acknowledgement).toMatchObject({ total: 3, acknowledged: 0, awaiting: 3, complete: false });
  });

  it('drops an addressee from the pending ones when it acknowledges', () => {
    const row = foldRows(evolveDirectiveRow, [issued, acknowledgedBy('FBI'), acknowledgedBy('TX', 'state')]);
    expect(row && pendingCodes(row, 'agency')).toEqual(['CBP']);
    expect(row && pendingCodes(row, 'state')).toEqual([]);
    expect(row?.acknowledgement).toMatchObject({ acknowledged: 2, awaiting: 1 });
  });

  it('asks everyone again for a new revision, including an addressee the amendment adds', () => {
    const row = foldRows(evolveDirectiveRow, [issued, acknowledgedBy('FBI'), amendedAddingDea]);
    expect(row).toMatchObject({ revision: 2, title: 'Surge on I-35 and I-10' });
    expect(row && pendingCodes(row, 'agency')).toEqual(['FBI', 'CBP', 'DEA']);
    const fbi = row?.acknowledgement.addressees.find((a) => a.addressee.code === 'FBI');
    expect(fbi).toMatchObject({ status: 'awaiting', lastAcknowledgedRevision: 1 });
  });

  it('shows an addressee marked overdue as overdue, and still pending', () => {
    const row = foldRows(evolveDirectiveRow, [issued, overdue('CBP')]);
    expect(row?.acknowledgement.addressees.find((a) => a.addressee.code === 'CBP')?.status).toBe('overdue');
    expect(row && pendingCodes(row, 'agency')).toContain('CBP');
  });

  it('asks nothing of anyone once rescinded', () => {
    const row = foldRows(evolveDirectiveRow, [issued, rescinded]);
    expect(row).toMatchObject({ status: 'rescinded', rescinded: { reason: 'Issued in error.' } });
    expect(row?.pending).toEqual([]);
  });

  it('has no row before the directive is issued', () => {
    expect(foldRows(evolveDirectiveRow, [acknowledgedBy('FBI')])).toBeUndefined();
  });
});
