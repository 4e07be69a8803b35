import { directiveStreamId } from '@hstf/domain';
import { Projection } from '../../definition/projection';
import { feedItems } from '../../feed/feed-item';
import { feedSubjectAfter } from '../../feed/feed-subject';
import { summarizeEvent, summarizeUnknown } from '../../feed/summarize-event';
import { successorReadBy } from '../../feed/summary-context';
import { domainEventOf } from '../../events/projected-event';
import { feedItemsTable, feedSubjects } from './feed.tables';

/**
 * `feed_items`: every event once per audience in its scope (and the command center), with a sentence a
 * liaison reads and the data, both without the words of an agency the audience is not, for the liaison feeds (SSE, resumable by global position).
 */
export const feedProjection: Projection = {
  name: 'feed',
  // 2: items withhold another agency's words from each audience; 3: and a successor it may not read.
  version: 3,
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
    const next = feedSubjectAfter(subject, envelope.streamId, event, envelope.scope);
    if (next !== undefined && next !== subject) writer.save(feedSubjects, next);
    writer.append(
      feedItemsTable,
      feedItems(envelope, event, (readable, reader) =>
        summarizeEvent(readable, { subject, successor: successorReadBy(reader, successor) }),
      ),
    );
  },
};
