import type { SqlClient } from '@hstf/event-store';
import { LedgerTotals, PetitionCounts } from '@hstf/domain';
import {
  emptyLedger,
  LedgerRow,
  NATIONAL_LEDGER,
  STATE_LEDGER_PREFIX,
  stateLedger,
  totalsOf,
} from '../rows/ledger-totals';
import { projectionPosition } from './position-queries';

export const REMISSION_LEDGER = 'remission_ledger';

export const LEDGER_NOTICE =
  'Each tier is a part of the one before (what was paid was granted, what was granted was in the pool, what was placed in the pool was forfeited, what was forfeited was seized): the tiers are never to be added together. Amounts in U.S. dollars.';

export interface LedgerFigures {
  /** In dollars and cents, each tier apart. */
  readonly totals: LedgerTotals;
  /** The petitions by where each stands now: a paid petition counts as paid, not also as granted. */
  readonly petitions: PetitionCounts;
  readonly forfeitures: number;
}

export interface StateLedgerFigures extends LedgerFigures {
  readonly state: string;
}

export interface RemissionLedger extends LedgerFigures {
  /** 'national' or 'state:AZ'. */
  readonly scope: string;
  readonly asOf: { readonly position: string };
  readonly notice: string;
  /** The national ledger's states, each with its own figures (a state's ledger lists none). */
  readonly states?: readonly StateLedgerFigures[];
}

const figuresOf = (row: LedgerRow): LedgerFigures => ({
  totals: totalsOf(row),
  petitions: row.petitions,
  forfeitures: row.forfeitures,
});

/** The nation's ledger with its states', or one state's, read on one snapshot by the caller. */
export async function remissionLedger(sql: SqlClient, state?: string): Promise<RemissionLedger> {
  const scope = state === undefined ? NATIONAL_LEDGER : stateLedger(state);
  const rows = await sql.query<{ doc: LedgerRow }>(
    state === undefined
      ? `SELECT doc FROM remission_ledger.ledgers WHERE id = $1 OR id LIKE $2 ORDER BY id`
      : `SELECT doc FROM remission_ledger.ledgers WHERE id = $1`,
    state === undefined ? [scope, `${STATE_LEDGER_PREFIX}%`] : [scope],
  );
  const position = await projectionPosition(sql, REMISSION_LEDGER);
  const own = rows.find((r) => r.doc.scope === scope)?.doc ?? emptyLedger(scope);
  const states = rows
    .filter((r) => r.doc.scope.startsWith(STATE_LEDGER_PREFIX) && r.doc.forfeitures > 0)
    .map((r) => ({ state: r.doc.scope.slice(STATE_LEDGER_PREFIX.length), ...figuresOf(r.doc) }));
  return {
    scope,
    asOf: { position: position.toString() },
    notice: LEDGER_NOTICE,
    ...figuresOf(own),
    ...(state === undefined ? { states } : {}),
  };
}
