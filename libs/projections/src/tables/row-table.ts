import { Column, columnDdl, indexDdl, TableDefinition } from './table-definition';

/**
 * Plain rows that are appended (a feed item per event and audience) or replaced as a group (the inbox
 * entries of one item, one per agency): `groupColumn` names the group a replacement deletes first.
 */
export interface RowTable<Row> extends TableDefinition {
  readonly columns: readonly Column<Row>[];
  readonly primaryKey: readonly string[];
  readonly groupColumn?: string;
}

export interface RowTableSpec<Row> {
  readonly name: string;
  readonly columns: readonly Column<Row>[];
  readonly primaryKey: readonly string[];
  readonly groupColumn?: string;
  readonly indexes?: readonly string[];
}

export function rowTable<Row>(spec: RowTableSpec<Row>): RowTable<Row> {
  return {
    name: spec.name,
    columns: spec.columns,
    primaryKey: spec.primaryKey,
    groupColumn: spec.groupColumn,
    ddl: (table) => [
      `CREATE TABLE ${table} (
         ${spec.columns.map((c) => columnDdl(c as Column<never>)).join(',\n         ')},
         PRIMARY KEY (${spec.primaryKey.join(', ')})
       )`,
      ...indexDdl(table, spec.name, spec.indexes ?? []),
    ],
  };
}
