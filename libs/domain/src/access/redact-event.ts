import type { Event } from '../shared';
import { mayReadTextOf, Reader } from './need-to-know';

/**
 * The events that carry an agency's own words, which field holds them, and which agency wrote them. The
 * read models withhold the same words (see redact-directive and the projections' readable rows); the
 * feeds and the per-audience topics go through `readableEvent`.
 */
const AGENCY_TEXT = {
  DirectiveAcknowledged: { field: 'note', author: 'acknowledgedBy' },
  TaskingDeclined: { field: 'reason', author: 'leadAgency' },
  TaskingProgressReported: { field: 'summary', author: 'reportedBy' },
  SupportPledged: { field: 'note', author: 'agency' },
  SupportDelivered: { field: 'note', author: 'agency' },
  // A tip's triage and closing notes are the command center's (CCHT's or an operator's) working words on
  // a tip: its partners and the state's readers see the status, not the note. The events name no author,
  // so only the command center reads them.
  TipTriaged: { field: 'note', author: 'triagedBy' },
  TipClosed: { field: 'note', author: 'closedBy' },
} as const;

type WithText = typeof AGENCY_TEXT;
type WithheldField<E extends Event> = E['type'] extends keyof WithText
  ? Extract<WithText[E['type']]['field'], keyof E['data']>
  : never;

/** An event as some reader reads it: the words of another agency may be absent, nothing else is. */
export type ReadableEvent<E extends Event> = E extends Event
  ? [WithheldField<E>] extends [never]
    ? E
    : Omit<E, 'data'> & {
        readonly data: Omit<E['data'], WithheldField<E>> & Partial<Pick<E['data'], WithheldField<E>>>;
      }
  : never;

/** The field of an event type that holds an agency's own words, if it has one (for the topics' schema). */
export const agencyTextField = (type: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(AGENCY_TEXT, type)
    ? AGENCY_TEXT[type as keyof WithText].field
    : undefined;

const textOf = (event: Event): { field: string; author: string } | undefined =>
  Object.prototype.hasOwnProperty.call(AGENCY_TEXT, event.type)
    ? AGENCY_TEXT[event.type as keyof WithText]
    : undefined;

/** The agency whose words this event carries, if it carries any. */
export function textAuthorOf(event: Event): string | undefined {
  const text = textOf(event);
  if (text === undefined || !isObject(event.data)) return undefined;
  const data = event.data;
  if (data[text.field] === undefined) return undefined;
  const author = data[text.author];
  return typeof author === 'string' ? author : undefined;
}

/** May this reader read the whole event, words included? */
export const mayReadAllOf = (reader: Reader, event: Event): boolean => {
  const text = textOf(event);
  if (text === undefined || !isObject(event.data) || event.data[text.field] === undefined) return true;
  return mayReadTextOf(reader, textAuthorOf(event));
};

// Data that is not an object has no field to withhold (the command path never stores such data).
const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null;

/** The event with another agency's words left out (not emptied: an absent text is not an empty one). */
export function readableEvent<E extends Event>(reader: Reader, event: E): ReadableEvent<E> {
  if (mayReadAllOf(reader, event)) return event as ReadableEvent<E>;
  const field = (textOf(event) as { field: string }).field;
  const { [field]: _withheld, ...data } = event.data as Record<string, unknown>;
  return { ...event, data } as unknown as ReadableEvent<E>;
}
