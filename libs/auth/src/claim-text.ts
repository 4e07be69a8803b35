// C0 and C1 control characters, and the invisible format characters (bidi overrides, zero-width spaces,
// line and paragraph separators) that make a logged value read differently from what it is.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const EVERY_UNPRINTABLE = new RegExp(UNPRINTABLE.source, 'gu');

/** Whether a claim holds characters a person reading it in a log or an audit record could not see. */
export const hasUnprintable = (value: string): boolean => UNPRINTABLE.test(value);

/** At most `max` characters of a text, then an ellipsis. */
export const clipText = (value: string, max: number): string =>
  value.length > max ? `${value.slice(0, max)}…` : value;

/** Every unprintable character written as its \u escape, so what a reader sees is what was sent. */
export const escapeUnprintable = (value: string): string => value.replace(EVERY_UNPRINTABLE, escapeCodePoint);

/**
 * A claim's value as it may appear in a refusal and so in the access record: clipped to `max` characters,
 * as a JSON string whose unprintable characters are all escapes. A hostile token can neither make the
 * audit store its claims unbounded nor smuggle control characters into it.
 */
export const quoteClaim = (value: string, max: number): string =>
  // JSON.stringify escapes quotes, backslashes and C0 controls; escapeUnprintable does the others.
  escapeUnprintable(JSON.stringify(clipText(value, max)));

function escapeCodePoint(character: string): string {
  const hex = character.codePointAt(0)!.toString(16);
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
