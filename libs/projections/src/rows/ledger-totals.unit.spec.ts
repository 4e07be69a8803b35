import { OpenedForfeiture } from '@hstf/domain';
import { emptyLedger, ledgerMoves, ledgersOf, moveLedger, totalsOf } from './ledger-totals';

const forfeiture = (taskForce: string, totals: Partial<OpenedForfeiture['totals']>): OpenedForfeiture => ({
  status: 'in-pool',
  forfeitureId: 'f-1',
  taskForce,
  caseReference: 'CR-18-00422',
  court: 'azd',
  seizingAgency: 'FBI',
  assets: [],
  openedAt: '2026-05-04T12:00:00Z',
  placements: [],
  petitions: [
    { petitionReference: 'REM-1', status: 'paid', filedAt: '2026-05-04T12:00:00Z' },
    { petitionReference: 'REM-2', status: 'filed', filedAt: '2026-05-04T12:00:00Z' },
  ],
  totals: { seized: 0, forfeited: 0, inPool: 0, granted: 0, paid: 0, ...totals },
});

describe('the ledger arithmetic', () => {
  it('counts a forfeiture in the nation’s ledger and its state’s', () => {
    expect(ledgersOf(undefined)).toEqual([]);
    expect(ledgersOf(forfeiture('AZ', {}))).toEqual(['national', 'state:AZ']);
  });

  it('takes a forfeiture out as it was and puts it back as it is', () => {
    const before = forfeiture('AZ', { seized: 10 });
    const after = forfeiture('AZ', { seized: 10, forfeited: 7.5 });
    expect(ledgerMoves(before, after).map((m) => [m.scope, m.sign])).toEqual([
      ['national', -1],
      ['state:AZ', -1],
      ['national', 1],
      ['state:AZ', 1],
    ]);
    expect(ledgerMoves(undefined, after).map((m) => m.sign)).toEqual([1, 1]);
  });

  it('adds in whole cents, so that thousands of cents stay exact', () => {
    let row = emptyLedger('national');
    for (let i = 0; i < 1000; i++) {
      row = moveLedger(row, {
        scope: 'national',
        row: forfeiture('AZ', { seized: 0.1, paid: 0.01 }),
        sign: 1,
      });
    }
    expect(totalsOf(row)).toEqual({ seized: 100, forfeited: 0, inPool: 0, granted: 0, paid: 10 });
    expect(row.petitions).toEqual({ filed: 1000, 'under-review': 0, granted: 0, denied: 0, paid: 1000 });
    expect(row.forfeitures).toBe(1000);
  });

  it('comes back to nothing when a forfeiture leaves as it entered', () => {
    const f = forfeiture('TX', { seized: 12.34, forfeited: 12.34, inPool: 5 });
    const entered = moveLedger(undefined, { scope: 'state:TX', row: f, sign: 1 });
    expect(moveLedger(entered, { scope: 'state:TX', row: f, sign: -1 })).toEqual(emptyLedger('state:TX'));
  });
});
