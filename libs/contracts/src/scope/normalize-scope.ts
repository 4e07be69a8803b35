import type { Scope } from '@hstf/domain';

// Code-unit order, not localeCompare: the scope is hashed, so its order must not depend on the machine's locale.
const sortedUnique = (codes: readonly string[]): string[] =>
  [...new Set(codes)].sort((a, b) => (a < b ? -1 : 1));

/** Sorted and without duplicates, so that equal audiences give equal metadata and equal hashes. */
export function normalizeScope(scope: Scope): Scope {
  const normal = { states: sortedUnique(scope.states), agencies: sortedUnique(scope.agencies) };
  // Present only when set, so that the metadata (and hash) of every other event stays as it was.
  return scope.restricted ? { ...normal, restricted: true } : normal;
}
