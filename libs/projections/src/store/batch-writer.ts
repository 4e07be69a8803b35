import type { SqlClient } from '@hstf/event-store';
import { ReadModelWriter } from '../definition/read-model-writer';
import { DocumentTable } from '../tables/document-table';
import { insertRows } from '../tables/insert-rows';
import { RowTable } from '../tables/row-table';
import { qualified } from '../tables/sql-identifiers';
import { writerClient } from '../runner/apply-failures';

interface CachedDocument {
  readonly row: unknown;
  /** Positions of the first and the last event that wrote it in this batch; undefined when only read. */
  readonly firstWrittenAt?: bigint;
  readonly writtenAt?: bigint;
}

/**
 * The writer of one batch in one table set: documents are read once and written once per batch however
 * many of its events touch them, and every write reaches the database in `flush`, in the same transaction
 * as the checkpoint.
 */
export class BatchWriter implements ReadModelWriter {
  private readonly documents = new Map<DocumentTable<unknown>, Map<string, CachedDocument>>();
  private readonly groups = new Map<RowTable<unknown>, Map<string, readonly unknown[]>>();
  private readonly appended = new Map<RowTable<unknown>, unknown[]>();
  private position = -1n;
  private readonly sql: SqlClient;

  constructor(
    sql: SqlClient,
    private readonly set: string,
  ) {
    this.sql = writerClient(sql);
  }

  /** The event whose writes follow. */
  at(position: bigint): void {
    this.position = position;
  }

  async load<Row>(table: DocumentTable<Row>, key: string): Promise<Row | undefined> {
    const cache = this.cacheOf(table);
    const cached = cache.get(key);
    if (cached) return cached.row as Row | undefined;
    const [found] = await this.sql.query<{ doc: Row }>(
      `SELECT doc FROM ${qualified(this.set, table.name)} WHERE id = $1`,
      [key],
    );
    cache.set(key, { row: found?.doc });
    return found?.doc;
  }

  save<Row>(table: DocumentTable<Row>, row: Row): void {
    this.write(table, table.keyOf(row), row);
  }

  remove<Row>(table: DocumentTable<Row>, key: string): void {
    this.write(table, key, undefined);
  }

  append<Row>(table: RowTable<Row>, rows: readonly Row[]): void {
    const list = this.appended.get(table as RowTable<unknown>) ?? [];
    list.push(...rows);
    this.appended.set(table as RowTable<unknown>, list);
  }

  replaceGroup<Row>(table: RowTable<Row>, group: string, rows: readonly Row[]): void {
    if (!table.groupColumn) throw new TypeError(`${table.name} has no group column to replace by`);
    const groups = this.groups.get(table as RowTable<unknown>) ?? new Map<string, readonly unknown[]>();
    groups.set(group, rows);
    this.groups.set(table as RowTable<unknown>, groups);
  }

  async flush(): Promise<void> {
    for (const [table, cache] of this.documents) await this.flushDocuments(table, cache);
    for (const [table, groups] of this.groups) {
      const name = qualified(this.set, table.name);
      await this.sql.query(`DELETE FROM ${name} WHERE ${table.groupColumn} = ANY($1::text[])`, [
        [...groups.keys()],
      ]);
      await this.insert(table, [...groups.values()].flat(), '');
    }
    for (const [table, rows] of this.appended) await this.insert(table, rows, 'ON CONFLICT DO NOTHING');
  }

  private async flushDocuments(
    table: DocumentTable<unknown>,
    cache: Map<string, CachedDocument>,
  ): Promise<void> {
    const written = [...cache].filter(([, doc]) => doc.writtenAt !== undefined);
    const removed = written.filter(([, doc]) => doc.row === undefined).map(([key]) => key);
    const saved = written.filter(([, doc]) => doc.row !== undefined);
    const name = qualified(this.set, table.name);
    if (removed.length > 0) await this.sql.query(`DELETE FROM ${name} WHERE id = ANY($1::text[])`, [removed]);
    if (saved.length === 0) return;
    const columns = [
      { name: 'id', type: 'text' as const },
      ...table.columns,
      { name: 'doc', type: 'jsonb' as const },
      { name: 'created_position', type: 'bigint' as const },
      { name: 'updated_position', type: 'bigint' as const },
    ];
    const rows = saved.map(([key, { row, firstWrittenAt, writtenAt }]) => [
      key,
      ...table.columns.map((column) => column.value(row)),
      row,
      firstWrittenAt,
      writtenAt,
    ]);
    const updates = columns
      .filter((c) => c.name !== 'id' && c.name !== 'created_position')
      .map((c) => `${c.name} = EXCLUDED.${c.name}`);
    await insertRows(this.sql, name, columns, rows, `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`);
  }

  private async insert(table: RowTable<unknown>, rows: readonly unknown[], suffix: string): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((row) => table.columns.map((column) => column.value(row)));
    await insertRows(this.sql, qualified(this.set, table.name), table.columns, values, suffix);
  }

  // created_position only counts for a row new to the table, and such a row was first written in this batch.
  private write<Row>(table: DocumentTable<Row>, key: string, row: Row | undefined): void {
    const cache = this.cacheOf(table);
    const firstWrittenAt = cache.get(key)?.firstWrittenAt ?? this.position;
    cache.set(key, { row, firstWrittenAt, writtenAt: this.position });
  }

  private cacheOf<Row>(table: DocumentTable<Row>): Map<string, CachedDocument> {
    let cache = this.documents.get(table as DocumentTable<unknown>);
    if (!cache) this.documents.set(table as DocumentTable<unknown>, (cache = new Map()));
    return cache;
  }
}
