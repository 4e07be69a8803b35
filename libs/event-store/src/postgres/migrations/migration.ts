/** A schema version; statements run one by one (PGlite's `query` takes a single statement) in one transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}
