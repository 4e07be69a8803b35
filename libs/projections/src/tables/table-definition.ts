/** SQL types the read-model tables use for their queryable columns. */
export type SqlType =
  'text' | 'text[]' | 'integer' | 'bigint' | 'numeric' | 'boolean' | 'timestamptz' | 'jsonb';

export interface Column<Row> {
  readonly name: string;
  readonly type: SqlType;
  readonly value: (row: Row) => unknown;
}

/** One table of a projection's table set: its DDL is written for whichever schema holds the set. */
export interface TableDefinition {
  readonly name: string;
  ddl(qualifiedName: string): string[];
}

/** A value as bound to `$n::type`: arrays and numbers as they are, JSON as text, absent as NULL. */
export function sqlValue(type: SqlType, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'bigint') return String(value);
  return value;
}

export const columnDdl = (column: Column<never>): string => `${column.name} ${column.type}`;

export function indexDdl(qualifiedName: string, table: string, indexes: readonly string[]): string[] {
  return indexes.map((spec, i) => `CREATE INDEX ${table}_ix${i} ON ${qualifiedName} ${spec}`);
}
