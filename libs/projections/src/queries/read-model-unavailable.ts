/** The projection has no tables yet (never started, or started on another database). */
export class ReadModelUnavailable extends Error {
  override readonly name = 'ReadModelUnavailable';
  constructor(readonly projection: string) {
    super(`The ${projection} read model is not available yet: no projector has created it on this database`);
  }
}

// undefined_table and invalid_schema_name: the views of a projection that was never prepared.
const MISSING = new Set(['42P01', '3F000']);

export async function fromReadModel<T>(projection: string, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (MISSING.has((error as { code?: string }).code ?? '')) throw new ReadModelUnavailable(projection);
    throw error;
  }
}
