import { amendedAddingDea, issued, superseded, taskingEvent } from '../testing/domain-events.fixtures';
import { projected } from '../testing/projected-events.fixtures';
import { feedAudiences, SUPERVISION } from './feed-audiences';
import { feedItems } from './feed-item';
import { feedSubjectAfter } from './feed-subject';
import { summarizeEvent } from './summarize-event';
import { successorReadBy } from './summary-context';

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
    const items = feedItems(event, issued, () => 'a summary');
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

  it("show an agency's words to that agency and the command center only, in the data and in the sentence", () => {
    const { progressed } = taskingEvent;
    const event = projected(progressed, 'tasking-1', 3, { states: ['TX'], agencies: ['FBI', 'DEA'] });
    const items = feedItems(event, progressed, (readable) => summarizeEvent(readable));
    const byAudience = Object.fromEntries(items.map((item) => [item.audience, item]));
    for (const writer of ['command-center', 'agency:FBI']) {
      expect(byAudience[writer].data).toEqual(progressed.data);
      expect(byAudience[writer].summary).toContain('Two houses under surveillance');
    }
    for (const other of ['state:TX', 'agency:DEA']) {
      expect(byAudience[other].data).not.toHaveProperty('summary');
      expect(byAudience[other].data).toMatchObject({ reportedBy: 'FBI', percentComplete: 40 });
      expect(byAudience[other].summary).toBe(
        `FBI reported tasking tasking ${progressed.data.taskingId} 40% complete`,
      );
      expect(JSON.stringify({ ...byAudience[other], position: undefined })).not.toContain('surveillance');
    }
  });

  it('remember the title of a directive and whom it is addressed to, also after an amendment', () => {
    const scope = { states: ['TX'], agencies: ['CBP', 'FBI'] };
    const subject = feedSubjectAfter(undefined, 'directive-1', issued, scope);
    expect(subject).toEqual({ streamId: 'directive-1', kind: 'directive', title: 'Surge on I-35', scope });
    const widened = { states: ['TX'], agencies: ['CBP', 'DEA', 'FBI'] };
    expect(feedSubjectAfter(subject, 'directive-1', amendedAddingDea, widened)).toEqual({
      ...subject,
      title: 'Surge on I-35 and I-10',
      scope: widened,
    });
  });

  it('name the successor of a superseded directive only to the audiences that may read the successor', () => {
    // The successor goes to Arizona and the DEA: its title is its content, which Texas and CBP may not read.
    const successor = feedSubjectAfter(undefined, 'directive-d-2', issued, {
      states: ['AZ'],
      agencies: ['DEA'],
    });
    const event = projected(superseded, 'directive-1', 1, { states: ['TX', 'AZ'], agencies: ['CBP', 'DEA'] });
    const items = feedItems(event, superseded, (readable, reader) =>
      summarizeEvent(readable, { successor: successorReadBy(reader, successor) }),
    );
    const summaries = Object.fromEntries(items.map((item) => [item.audience, item.summary]));
    expect(summaries).toEqual({
      'command-center': expect.stringContaining("superseded by 'Surge on I-35'"),
      'state:AZ': expect.stringContaining("superseded by 'Surge on I-35'"),
      'agency:DEA': expect.stringContaining("superseded by 'Surge on I-35'"),
      'state:TX': expect.stringContaining('superseded by directive d-2'),
      'agency:CBP': expect.stringContaining('superseded by directive d-2'),
    });
    // A successor the feed knows no addressees of (written before they were kept) is named to no liaison.
    const unaddressed = { streamId: 'directive-d-2', kind: 'directive' as const, title: 'Spring surge' };
    expect(
      successorReadBy({ roles: ['liaison'], agency: 'FBI', states: [], coLedStates: [] }, unaddressed),
    ).toBeUndefined();
    expect(successorReadBy({ roles: ['supervisor'], states: [], coLedStates: [] }, unaddressed)).toBe(
      unaddressed,
    );
  });
});

describe("the audiences of a victim's record", () => {
  it('are its agencies’ victims feeds and the supervision feed, never the command center, a state or an agency feed', () => {
    expect(feedAudiences({ states: ['TX'], agencies: ['CCHT', 'FBI'], restricted: true })).toEqual([
      SUPERVISION,
      'victims:CCHT',
      'victims:FBI',
    ]);
  });
});
