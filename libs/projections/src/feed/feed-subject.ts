import type { HstfEvent } from '@hstf/contracts';
import { Scope, SupportKind } from '@hstf/domain';

/**
 * What the feed remembers of an aggregate so that later events read as sentences: an acknowledgement
 * names the directive's title, a delivery the kind of support, though their events carry only ids.
 */
export type FeedSubject =
  | {
      readonly streamId: string;
      readonly kind: 'directive';
      readonly title: string;
      /** Whom it is addressed to, so that a successor is named only to those who may read it. */
      readonly scope?: Scope;
    }
  | { readonly streamId: string; readonly kind: 'tasking'; readonly title: string }
  | {
      readonly streamId: string;
      readonly kind: 'commitment';
      readonly agency: string;
      readonly taskForce: string;
      readonly support: SupportKind;
      readonly unit: string;
    };

/** `scope` is the event's: for a directive, whom it is addressed to once the event has happened. */
export function feedSubjectAfter(
  subject: FeedSubject | undefined,
  streamId: string,
  event: HstfEvent,
  scope: Scope,
): FeedSubject | undefined {
  switch (event.type) {
    case 'DirectiveIssued':
      return { streamId, kind: 'directive', title: event.data.title, scope };
    case 'DirectiveAmended':
      return subject?.kind === 'directive'
        ? { ...subject, title: event.data.changes.title ?? subject.title, scope }
        : subject;
    case 'TaskingAssigned':
      return { streamId, kind: 'tasking', title: event.data.title };
    case 'SupportPledged': {
      const { agency, taskForce, kind, unit } = event.data;
      return { streamId, kind: 'commitment', agency, taskForce, support: kind, unit };
    }
    default:
      return subject;
  }
}
