import { evolveDocument } from '../../definition/evolve-document';
import { Projection } from '../../definition/projection';
import { isForfeitureEvent } from '../../events/event-kinds';
import { domainEventOf } from '../../events/projected-event';
import { evolveForfeitureRow } from '../../rows/forfeiture-row';
import { ledgerMoves, moveLedger } from '../../rows/ledger-totals';
import { forfeitures, ledgers } from './remission-ledger.tables';

/**
 * The forfeiture and remission ledger, for the nation and each state: what was seized, forfeited, placed
 * in the remission pool, granted and paid, each tier apart, and the petitions by status. A forfeiture is
 * folded by the domain's own evolve; each of its events takes the forfeiture out of its ledgers as it was
 * and puts it back as it is.
 */
export const remissionLedgerProjection: Projection = {
  name: 'remission_ledger',
  version: 1,
  tables: [forfeitures, ledgers],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    if (event === undefined || !isForfeitureEvent(event)) return;
    const { before, after } = await evolveDocument(writer, forfeitures, event.data.forfeitureId, (row) =>
      evolveForfeitureRow(row, event),
    );
    for (const move of ledgerMoves(before, after)) {
      writer.save(ledgers, moveLedger(await writer.load(ledgers, move.scope), move));
    }
  },
};
