import { DocumentTable } from '../tables/document-table';
import { ReadModelWriter } from './read-model-writer';

/** The usual shape of `apply`: load the aggregate's row, fold the event into it, save what comes out. */
export async function evolveDocument<Row>(
  writer: ReadModelWriter,
  table: DocumentTable<Row>,
  key: string,
  evolve: (row: Row | undefined) => Row | undefined,
): Promise<{ before: Row | undefined; after: Row | undefined }> {
  const before = await writer.load(table, key);
  const after = evolve(before);
  if (after !== undefined) writer.save(table, after);
  else if (before !== undefined) writer.remove(table, key);
  return { before, after };
}
