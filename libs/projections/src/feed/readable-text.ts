/** "2026-12-03T12:00:00.000Z" as "2026-12-03 12:00 UTC"; anything unparseable as it was written. */
export function readableTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const MAX_FREE_TEXT = 120;

/** Free text (reasons, outcomes, summaries) on one line, cut short: the data carries the full text. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_FREE_TEXT ? flat : `${flat.slice(0, MAX_FREE_TEXT - 1).trimEnd()}…`;
}

export const quoted = (title: string): string => `'${oneLine(title)}'`;

export const listed = (codes: readonly string[]): string => codes.join(', ');
