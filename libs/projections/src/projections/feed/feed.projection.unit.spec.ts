import { directiveStreamId } from '@hstf/domain';
import { FeedItem } from '../../feed/feed-item';
import { acknowledgedBy, DIRECTIVE_ID, issued } from '../../testing/domain-events.fixtures';
import { MemoryWriter } from '../../testing/memory-writer';
import { projected, streamOf } from '../../testing/projected-events.fixtures';
import { feedProjection } from './feed.projection';
import { feedItemsTable } from './feed.tables';

async function items(events: ReturnType<typeof streamOf>): Promise<FeedItem[]> {
  const writer = new MemoryWriter();
  for (const event of events) await feedProjection.apply(event, writer);
  return writer.rowsOf(feedItemsTable);
}

describe('the feed projection', () => {
  it('writes each event once per audience, its summary naming what the event itself does not', async () => {
    const scope = { states: ['TX'], agencies: ['FBI'] };
    const rows = await items(
      streamOf(directiveStreamId(DIRECTIVE_ID), scope, [issued, acknowledgedBy('FBI')]),
    );
    expect(rows.map((r) => r.audience)).toEqual([
      'command-center',
      'state:TX',
      'agency:FBI',
      'command-center',
      'state:TX',
      'agency:FBI',
    ]);
    expect(rows[3].summary).toBe("FBI acknowledged directive 'Surge on I-35'");
  });

  it('shows events of unknown types too, plainly, to their audiences', async () => {
    const unknown = {
      ...projected(issued, 'report-7', 0, { states: ['AZ'], agencies: [] }),
      type: 'ArrestTallyReported',
      data: { arrests: 3 },
    };
    const rows = await items([unknown]);
    expect(rows.map((r) => [r.audience, r.summary])).toEqual([
      ['command-center', 'ArrestTallyReported on report-7'],
      ['state:AZ', 'ArrestTallyReported on report-7'],
    ]);
    expect(rows[0].data).toEqual({ arrests: 3 });
    // No rule says which of its fields are an agency's words: only the command center sees its data.
    expect(rows[1].data).toBeNull();
  });
});
