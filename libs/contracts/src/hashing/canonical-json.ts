import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number formatting. The same value
 * gives the same bytes whatever the key order it was built or stored with (PostgreSQL's jsonb reorders keys),
 * which is what makes a hash over it reproducible on read.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError(`cannot canonicalize ${typeof value} as JSON`);
  return text;
}
