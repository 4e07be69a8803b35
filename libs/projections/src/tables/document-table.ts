import { Column, columnDdl, indexDdl, TableDefinition } from './table-definition';

/**
 * One row per aggregate (a tasking, a directive ...): the read model's document as JSON, plus the few
 * columns that queries filter and sort on, derived from the document. Writes always replace the whole
 * document, so the columns can never drift from it.
 */
export interface DocumentTable<Row> extends TableDefinition {
  readonly keyOf: (row: Row) => string;
  readonly columns: readonly Column<Row>[];
}

export interface DocumentTableSpec<Row> {
  readonly name: string;
  readonly keyOf: (row: Row) => string;
  readonly columns: readonly Column<Row>[];
  /** Index specs after `ON <table>`, e.g. `(state, status)` or `USING gin (agencies)`. */
  readonly indexes?: readonly string[];
}

export function documentTable<Row>(spec: DocumentTableSpec<Row>): DocumentTable<Row> {
  return {
    name: spec.name,
    keyOf: spec.keyOf,
    columns: spec.columns,
    ddl: (table) => [
      `CREATE TABLE ${table} (
         id text PRIMARY KEY,
         ${spec.columns.map((c) => `${columnDdl(c as Column<never>)},`).join('\n         ')}
         doc jsonb NOT NULL,
         created_position bigint NOT NULL,
         updated_position bigint NOT NULL
       )`,
      `CREATE INDEX ${spec.name}_created ON ${table} (created_position)`,
      ...indexDdl(table, spec.name, spec.indexes ?? []),
    ],
  };
}
