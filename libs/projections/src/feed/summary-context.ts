import { mayRead, Reader } from '@hstf/domain';
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

/**
 * The successor of a superseded directive as this reader may know it: a directive addressed elsewhere is
 * not named (its title is its content), and one whose addressees the feed never saw is named to no one
 * but the command center.
 */
export function successorReadBy(reader: Reader, successor: FeedSubject | undefined): FeedSubject | undefined {
  if (successor?.kind !== 'directive') return undefined;
  const scope = successor.scope ?? { states: [], agencies: [] };
  return mayRead(reader, scope) ? successor : undefined;
}
