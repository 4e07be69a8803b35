import { amendedAddingDea, issued } from '../testing/domain-events.fixtures';
import { projected } from '../testing/projected-events.fixtures';
import { feedAudiences } from './feed-audiences';
import { feedItems } from './feed-item';
import { feedSubjectAfter } from './feed-subject';

describe('feed items', () => {
  it('go to the command center and to every state and agency of the scope, once each', () => {
    expect(feedAudiences({ states: ['TX', 'AZ'], agencies: ['FBI', 'FBI'] })).toEqual([
      'command-center',
      'state:TX',
      'state:AZ',
      'agency:FBI',
    ]);
  });

  it('carry the event, its position and the summary for each audience', () => {
    const event = projected(issued, 'directive-1', 0, { states: ['TX'], agencies: ['FBI'] });
    const items = feedItems(event, 'a summary');
    expect(items.map((i) => i.audience)).toEqual(['command-center', 'state:TX', 'agency:FBI']);
    expect(items[0]).toEqual({
      audience: 'command-center',
      position: event.globalPosition,
      eventId: event.id,
      type: 'DirectiveIssued',
      streamId: 'directive-1',
      summary: 'a summary',
      data: issued.data,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
    });
  });

  it('remember the title of a directive, and its new title after an amendment', () => {
    const subject = feedSubjectAfter(undefined, 'directive-1', issued);
    expect(subject).toEqual({ streamId: 'directive-1', kind: 'directive', title: 'Surge on I-35' });
    expect(feedSubjectAfter(subject, 'directive-1', amendedAddingDea)).toMatchObject({
      title: 'Surge on I-35 and I-10',
    });
  });
});
