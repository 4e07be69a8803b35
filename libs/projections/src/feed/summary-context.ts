import { FeedSubject } from './feed-subject';

/** What the feed knew before the event: its own aggregate, and a directive's successor when superseded. */
export interface SummaryContext {
  readonly subject?: FeedSubject;
  readonly successor?: FeedSubject;
}

/** The subject's title, or what the event's ids say when the feed never saw the aggregate begin. */
export function titleOf(subject: FeedSubject | undefined, fallback: string): string {
  return subject !== undefined && subject.kind !== 'commitment' ? `'${subject.title}'` : fallback;
}
