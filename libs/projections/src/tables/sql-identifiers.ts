/**
 * Schema and table names are spliced into SQL (identifiers cannot be bound as parameters), so every one
 * is checked against this pattern first; projection and table names are constants of this library.
 */
const IDENTIFIER = /^[a-z][a-z0-9_]{0,62}$/;

export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new RangeError(`Not a safe SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

export const qualified = (schema: string, table: string): string =>
  `${identifier(schema)}.${identifier(table)}`;
