import { ProjectedEvent } from '../../events/projected-event';
import { LedgerRow, totalsOf } from '../../rows/ledger-totals';
import { assigned } from '../../testing/domain-events.fixtures';
import { AZ_FBI, AZ_HSI, ForfeitureStream, TX_DEA } from '../../testing/forfeiture-events.fixtures';
import { MemoryWriter } from '../../testing/memory-writer';
import { projected } from '../../testing/projected-events.fixtures';
import { remissionLedgerProjection } from './remission-ledger.projection';
import { forfeitures, ledgers } from './remission-ledger.tables';

async function applyAll(events: readonly ProjectedEvent[]): Promise<MemoryWriter> {
  const writer = new MemoryWriter();
  for (const event of events) await remissionLedgerProjection.apply(event, writer);
  return writer;
}

const ledger = (writer: MemoryWriter, scope: string): LedgerRow | undefined =>
  writer.document(ledgers, scope);

/** A forfeiture fully through: seized, forfeited, pooled; one petition paid, one denied, one filed. */
function story(stream: ForfeitureStream): ProjectedEvent[] {
  return [
    stream.opened(1_250_000.5, 750_000),
    stream.ordered(1_800_000),
    stream.placed(600_000),
    stream.placed(400_000.1),
    stream.filed('REM-1'),
    stream.reviewed('REM-1'),
    stream.granted('REM-1', 25_000.25),
    stream.paid('REM-1', 25_000.25),
    stream.filed('REM-2'),
    stream.reviewed('REM-2'),
    stream.denied('REM-2'),
    stream.filed('REM-3'),
  ];
}

describe('the remission ledger projection', () => {
  it('keeps each tier of a forfeiture apart, nationally and in its state', async () => {
    const writer = await applyAll(story(new ForfeitureStream(AZ_FBI)));
    for (const scope of ['national', 'state:AZ']) {
      const row = ledger(writer, scope)!;
      expect(totalsOf(row)).toEqual({
        seized: 2_000_000.5,
        forfeited: 1_800_000,
        inPool: 1_000_000.1,
        granted: 25_000.25,
        paid: 25_000.25,
      });
      expect(row.petitions).toEqual({ filed: 1, 'under-review': 0, granted: 0, denied: 1, paid: 1 });
      expect(row.forfeitures).toBe(1);
    }
    expect([...(writer.documents.get('ledgers')?.keys() ?? [])].sort()).toEqual(['national', 'state:AZ']);
    expect(writer.document(forfeitures, AZ_FBI)).toMatchObject({ status: 'in-pool', taskForce: 'AZ' });
  });

  it('adds forfeitures of one state into its ledger, and every state into the nation’s, in cents', async () => {
    const fbi = new ForfeitureStream(AZ_FBI);
    const hsi = new ForfeitureStream(AZ_HSI);
    const dea = new ForfeitureStream(TX_DEA);
    const writer = await applyAll([
      fbi.opened(0.1),
      hsi.opened(0.2),
      dea.opened(100),
      hsi.ordered(0.2),
      dea.ordered(50),
      dea.placed(50),
    ]);
    expect(totalsOf(ledger(writer, 'state:AZ')!)).toEqual({
      seized: 0.3,
      forfeited: 0.2,
      inPool: 0,
      granted: 0,
      paid: 0,
    });
    expect(totalsOf(ledger(writer, 'state:TX')!)).toMatchObject({ seized: 100, forfeited: 50, inPool: 50 });
    expect(totalsOf(ledger(writer, 'national')!)).toMatchObject({
      seized: 100.3,
      forfeited: 50.2,
      inPool: 50,
    });
    expect(ledger(writer, 'national')!.forfeitures).toBe(3);
    expect(ledger(writer, 'state:AZ')!.forfeitures).toBe(2);
  });

  it('moves a petition from one status to the next without counting it twice', async () => {
    const fbi = new ForfeitureStream(AZ_FBI);
    const writer = await applyAll([
      fbi.opened(100),
      fbi.ordered(100),
      fbi.placed(100),
      fbi.filed('REM-1'),
      fbi.reviewed('REM-1'),
    ]);
    expect(ledger(writer, 'national')!.petitions).toEqual({
      filed: 0,
      'under-review': 1,
      granted: 0,
      denied: 0,
      paid: 0,
    });
    await remissionLedgerProjection.apply(fbi.granted('REM-1', 40), writer);
    expect(ledger(writer, 'national')!.petitions).toMatchObject({ 'under-review': 0, granted: 1 });
    expect(totalsOf(ledger(writer, 'national')!).granted).toBe(40);
  });

  it('ignores events of other aggregates, and a forfeiture stream that lacks its opening', async () => {
    const writer = await applyAll([
      projected(assigned, 'tasking-1', 0),
      new ForfeitureStream(TX_DEA).placed(10),
    ]);
    expect(writer.documents.size).toBe(0);
  });
});
