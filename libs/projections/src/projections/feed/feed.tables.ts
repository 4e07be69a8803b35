import { FeedItem } from '../../feed/feed-item';
import { FeedSubject } from '../../feed/feed-subject';
import { documentTable } from '../../tables/document-table';
import { rowTable } from '../../tables/row-table';

export const feedSubjects = documentTable<FeedSubject>({
  name: 'feed_subjects',
  keyOf: (subject) => subject.streamId,
  columns: [],
});

export const feedItemsTable = rowTable<FeedItem>({
  name: 'feed_items',
  columns: [
    { name: 'audience', type: 'text', value: (item) => item.audience },
    { name: 'position', type: 'bigint', value: (item) => item.position },
    { name: 'event_id', type: 'text', value: (item) => item.eventId },
    { name: 'type', type: 'text', value: (item) => item.type },
    { name: 'stream_id', type: 'text', value: (item) => item.streamId },
    { name: 'summary', type: 'text', value: (item) => item.summary },
    { name: 'data', type: 'jsonb', value: (item) => item.data },
    { name: 'occurred_at', type: 'timestamptz', value: (item) => item.occurredAt },
    { name: 'recorded_at', type: 'timestamptz', value: (item) => item.recordedAt },
  ],
  primaryKey: ['audience', 'position'],
});
