import { DocumentTable } from '../tables/document-table';
import { RowTable } from '../tables/row-table';

/**
 * What a projection's `apply` may do to its own tables, within the batch's transaction. Documents read
 * here include the writes of earlier events of the same batch.
 */
export interface ReadModelWriter {
  load<Row>(table: DocumentTable<Row>, key: string): Promise<Row | undefined>;
  save<Row>(table: DocumentTable<Row>, row: Row): void;
  remove<Row>(table: DocumentTable<Row>, key: string): void;
  /** Adds rows; a row whose primary key exists already is left as it is. */
  append<Row>(table: RowTable<Row>, rows: readonly Row[]): void;
  /** Replaces every row of the group (`groupColumn` = `group`) with these. */
  replaceGroup<Row>(table: RowTable<Row>, group: string, rows: readonly Row[]): void;
}
