import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Positions are bigints and travel to JavaScript as text, under their own name (`position::text AS
 * position`). PostgreSQL resolves a bare name in ORDER BY to an output column before an input column, so
 * `ORDER BY position` then sorts text: "100…" before "99…". That silently reordered feed pages (the poller
 * then dropped the lower item as already sent) and made list pages skip rows, whenever positions gained a
 * digit. This test reads every query of the product and refuses an ORDER BY that names such a column bare.
 */
const ROOT = resolve(__dirname, '../..');
const SOURCES = ['apps', 'libs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Names a query casts to text and outputs under the same name: `x.position::text AS position`. */
export function textShadowedColumns(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/(?:\w+\.)?(\w+)::text\s+AS\s+(\w+)/gi)) {
    if (match[1].toLowerCase() === match[2].toLowerCase()) names.add(match[2].toLowerCase());
  }
  return names;
}

/** ORDER BY clauses that name one of those columns without a table: they sort the text. */
export function textOrderings(source: string): string[] {
  const shadowed = textShadowedColumns(source);
  if (shadowed.size === 0) return [];
  const clauses = [...source.matchAll(/ORDER BY\s+([^`;)]*?)(?=\s+(?:LIMIT|OFFSET)\b|[`;)]|$)/gis)];
  return clauses
    .map((match) => match[1].replace(/\s+/g, ' ').trim())
    .filter((clause) =>
      clause
        .split(',')
        .map((term) => term.trim().split(/\s+/)[0].toLowerCase())
        .some((term) => shadowed.has(term)),
    );
}

describe('queries that carry positions as text', () => {
  it('order by the column, never by its text of the same name', () => {
    const found = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      textOrderings(readFileSync(file, 'utf8')).map(
        (clause) => `${relative(ROOT, file)}: ORDER BY ${clause}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('recognises the mistake, and a qualified or cast column as its cure', () => {
    const wrong =
      '`SELECT position::text AS position FROM feed.feed_items ORDER BY position, audience LIMIT 5`';
    expect(textOrderings(wrong)).toEqual(['position, audience']);
    expect(textOrderings('`SELECT p::text AS p FROM t ORDER BY p DESC OFFSET 1`')).toEqual(['p DESC']);
    expect(textOrderings(wrong.replace('ORDER BY position', 'ORDER BY feed_items.position'))).toEqual([]);
    expect(textOrderings('`SELECT position::text AS at FROM t ORDER BY position`')).toEqual([]);
    expect(textOrderings('`SELECT g::text AS g FROM t ORDER BY t.g::bigint`')).toEqual([]);
  });
});
