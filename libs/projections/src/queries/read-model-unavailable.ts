/** The projection has no tables yet (never started, or started on another database). */
export class ReadModelUnavailable extends Error {
  override readonly name = 'ReadModelUnavailable';
  constructor(readonly projection: string) {
    super(`The ${projection} read model is not available yet: no projector has created it on this database`);
  }
}

// undefined_table and invalid_schema_name: the views of a projection that was never prepared.
const MISSING = new Set(['42P01', '3F000']);

// A rebuild's switch replaces the views; it yields to queries (see switch-table-set.ts), but a server with
// a deadlock_timeout shorter than the switch's lock_timeout could still pick a query as the victim.
const DEADLOCK = '40P01';
const ATTEMPTS = 3;

export async function fromReadModel<T>(projection: string, query: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await query();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (MISSING.has(code)) throw new ReadModelUnavailable(projection);
      if (code !== DEADLOCK || attempt === ATTEMPTS) throw error;
    }
  }
}
