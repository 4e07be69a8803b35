import { ReadModelWriter } from '../definition/read-model-writer';
import { DocumentTable } from '../tables/document-table';
import { RowTable } from '../tables/row-table';

/**
 * The writer contract in memory, for unit tests of projections' `apply`: documents by table and key,
 * rows by table, with the same replace-by-group and append-once rules the database writer follows.
 */
export class MemoryWriter implements ReadModelWriter {
  readonly documents = new Map<string, Map<string, unknown>>();
  readonly rows = new Map<string, unknown[]>();

  async load<Row>(table: DocumentTable<Row>, key: string): Promise<Row | undefined> {
    return structuredClone(this.documents.get(table.name)?.get(key)) as Row | undefined;
  }

  save<Row>(table: DocumentTable<Row>, row: Row): void {
    this.docs(table.name).set(table.keyOf(row), structuredClone(row));
  }

  remove<Row>(table: DocumentTable<Row>, key: string): void {
    this.docs(table.name).delete(key);
  }

  append<Row>(table: RowTable<Row>, rows: readonly Row[]): void {
    const key = (row: Row) =>
      JSON.stringify(
        table.primaryKey.map((name) => String(table.columns.find((c) => c.name === name)?.value(row))),
      );
    const existing = new Set(this.rowsOf(table).map(key));
    this.rows.set(table.name, [...this.rowsOf(table), ...rows.filter((row) => !existing.has(key(row)))]);
  }

  replaceGroup<Row>(table: RowTable<Row>, group: string, rows: readonly Row[]): void {
    const column = table.columns.find((c) => c.name === table.groupColumn);
    if (!column) throw new TypeError(`${table.name} has no group column`);
    const kept = (this.rows.get(table.name) ?? []).filter((row) => column.value(row as Row) !== group);
    this.rows.set(table.name, [...kept, ...rows]);
  }

  document<Row>(table: DocumentTable<Row>, key: string): Row | undefined {
    return this.documents.get(table.name)?.get(key) as Row | undefined;
  }

  rowsOf<Row>(table: RowTable<Row>): Row[] {
    return (this.rows.get(table.name) ?? []) as Row[];
  }

  private docs(name: string): Map<string, unknown> {
    let docs = this.documents.get(name);
    if (!docs) this.documents.set(name, (docs = new Map()));
    return docs;
  }
}
