import { directiveStreamId } from '@hstf/domain';
import { Projection } from '../../definition/projection';
import { feedItems } from '../../feed/feed-item';
import { feedSubjectAfter } from '../../feed/feed-subject';
import { summarizeEvent, summarizeUnknown } from '../../feed/summarize-event';
import { domainEventOf } from '../../events/projected-event';
import { feedItemsTable, feedSubjects } from './feed.tables';

/**
 * `feed_items`: every event once per audience in its scope (and the command center), with a sentence a
 * liaison reads and the data, both without the words of an agency the audience is not, for the liaison feeds (SSE, resumable by global position).
 */
export const feedProjection: Projection = {
  name: 'feed',
  version: 2, // 2: items withhold another agency's words from each audience
  tables: [feedSubjects, feedItemsTable],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    if (event === undefined) {
      writer.append(
        feedItemsTable,
        feedItems(envelope, undefined, () => summarizeUnknown(envelope.type, envelope.streamId)),
      );
      return;
    }
    const subject = await writer.load(feedSubjects, envelope.streamId);
    const successor =
      event.type === 'DirectiveSuperseded'
        ? await writer.load(feedSubjects, directiveStreamId(event.data.supersededBy))
        : undefined;
    const next = feedSubjectAfter(subject, envelope.streamId, event);
    if (next !== undefined && next !== subject) writer.save(feedSubjects, next);
    writer.append(
      feedItemsTable,
      feedItems(envelope, event, (readable) => summarizeEvent(readable, { subject, successor })),
    );
  },
};
