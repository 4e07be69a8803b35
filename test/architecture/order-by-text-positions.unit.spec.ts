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

/** Names cast to text and output under the same name: `x.position::text AS position`, `CAST(p AS text) p`. */
export function textShadowedColumns(source: string): Set<string> {
  const names = new Set<string>();
  const casts = [
    /(?:\w+\.)?"?(\w+)"?\s*::\s*(?:text|varchar|character varying)\s+(?:AS\s+)?"?(\w+)"?/gi,
    /CAST\s*\(\s*(?:\w+\.)?"?(\w+)"?\s+AS\s+(?:text|varchar|character varying)\s*\)\s+(?:AS\s+)?"?(\w+)"?/gi,
  ];
  for (const cast of casts) {
    for (const match of source.matchAll(cast)) {
      if (match[1].toLowerCase() === match[2].toLowerCase()) names.add(match[2].toLowerCase());
    }
  }
  return names;
}

/** The CTEs a source names (`WITH page AS (`, `, horizon AS MATERIALIZED (`): their columns are outputs too. */
function cteNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/(?:\bWITH|,)\s+(\w+)\s+AS\s+(?:(?:NOT\s+)?MATERIALIZED\s+)?\(/gi)) {
    names.add(match[1].toLowerCase());
  }
  return names;
}

/**
 * ORDER BY and DISTINCT ON terms that sort the text of such a column: named bare (PostgreSQL takes the
 * output column), through a CTE that outputs it, or by ordinal in a file that makes such columns. A cast
 * back (`::bigint`) or the table's own column (`feed_items.position`) is the cure. `shadowed` defaults to
 * the source's own; the suite passes every file's, since column lists are shared (event-row.ts).
 */
export function textOrderings(source: string, shadowed = textShadowedColumns(source)): string[] {
  if (shadowed.size === 0) return [];
  const ctes = cteNames(source);
  const local = textShadowedColumns(source).size > 0;
  const sorts = (term: string): boolean => {
    const bare = term.replace(/"/g, '').toLowerCase();
    if (bare.includes('::')) return false;
    if (/^\d+$/.test(bare)) return local;
    const [qualifier, column] = bare.includes('.') ? bare.split('.') : [undefined, bare];
    return shadowed.has(column) && (qualifier === undefined || ctes.has(qualifier));
  };
  const clauses = [
    ...source.matchAll(/ORDER\s+BY\s+([^`';)]*?)(?=\s+(?:LIMIT|OFFSET|FOR|FETCH)\b|[`';)]|--|$)/gis),
    ...source.matchAll(/DISTINCT\s+ON\s*\(([^)]*)\)/gis),
  ];
  return clauses
    .map((match) => match[1].replace(/\s+/g, ' ').trim())
    .filter((clause) => clause.split(',').some((term) => sorts(term.trim().split(/\s+/)[0])));
}

describe('queries that carry positions as text', () => {
  it('order by the column, never by its text of the same name', () => {
    const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((file) => ({
      file,
      source: readFileSync(file, 'utf8'),
    }));
    // Column lists are shared between files (event-row.ts's columns are read in read-all.ts).
    const shadowed = new Set(files.flatMap(({ source }) => [...textShadowedColumns(source)]));
    const found = files.flatMap(({ file, source }) =>
      textOrderings(source, shadowed).map((clause) => `${relative(ROOT, file)}: ${clause}`),
    );
    expect(shadowed.size).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it('recognises the mistake in its forms, and a qualified or cast column as its cure', () => {
    const wrong =
      '`SELECT position::text AS position FROM feed.feed_items ORDER BY position, audience LIMIT 5`';
    expect(textOrderings(wrong)).toEqual(['position, audience']);
    expect(textOrderings('`SELECT p::text AS p FROM t ORDER BY p DESC OFFSET 1`')).toEqual(['p DESC']);
    expect(textOrderings("'SELECT position::text AS position FROM t ORDER BY position'")).toEqual([
      'position',
    ]);
    expect(textOrderings('`SELECT p::text AS p FROM t\n  ORDER\n  BY p`')).toEqual(['p']);
    expect(textOrderings('`SELECT p::text AS "p" FROM t ORDER BY "p"`')).toEqual(['"p"']);
    expect(textOrderings('`SELECT p::varchar p FROM t ORDER BY p`')).toEqual(['p']);
    expect(textOrderings('`SELECT CAST(t.p AS text) AS p FROM t ORDER BY p`')).toEqual(['p']);
    expect(textOrderings('`SELECT p::text AS p FROM t ORDER BY 1`')).toEqual(['1']);
    expect(textOrderings('`SELECT DISTINCT ON (p) p::text AS p FROM t ORDER BY t.p`')).toEqual(['p']);
    const viaCte = '`WITH page AS (SELECT p::text AS p FROM t) SELECT * FROM page ORDER BY page.p`';
    expect(textOrderings(viaCte)).toEqual(['page.p']);
    // Another file's column list: the suite passes every file's names.
    expect(textOrderings('`SELECT ${columns} FROM e ORDER BY p`', new Set(['p']))).toEqual(['p']);
    expect(textOrderings(wrong.replace('ORDER BY position', 'ORDER BY feed_items.position'))).toEqual([]);
    expect(textOrderings(viaCte.replace('ORDER BY page.p', 'ORDER BY page.p::bigint'))).toEqual([]);
    expect(textOrderings('`SELECT position::text AS at FROM t ORDER BY position`')).toEqual([]);
    expect(textOrderings('`SELECT g::text AS g FROM t ORDER BY t.g -- g, as a number`')).toEqual([]);
  });
});
