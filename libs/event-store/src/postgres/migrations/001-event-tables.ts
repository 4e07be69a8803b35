import type { Migration } from '.';

export const eventTables: Migration = {
  version: 1,
  name: 'event tables',
  statements: [
    // The stream row is the lock that serialises appends to one stream and holds the revision checked
    // against the expected revision; it is never deleted, so "no stream" means "no row". last_position
    // lets an append that was overtaken on the lock notice it (see es_append).
    `CREATE TABLE es_streams (
       stream_id text PRIMARY KEY,
       revision bigint NOT NULL CHECK (revision >= 0),
       last_position bigint NOT NULL
     )`,
    // global_position is not a sequence: it encodes the writing transaction's id (see visible-horizon.ts),
    // which is what lets readers prove that no event below a position can still appear.
    // transaction_id is kept for diagnosis; reads rely on global_position alone.
    `CREATE TABLE es_events (
       global_position bigint PRIMARY KEY,
       transaction_id xid8 NOT NULL,
       stream_id text NOT NULL,
       stream_position bigint NOT NULL,
       event_id uuid NOT NULL,
       event_type text NOT NULL,
       data jsonb NOT NULL,
       metadata jsonb NOT NULL,
       scope_states text[] NOT NULL,
       scope_agencies text[] NOT NULL,
       recorded_at timestamptz NOT NULL DEFAULT now(),
       CONSTRAINT es_events_stream_position_key UNIQUE (stream_id, stream_position),
       CONSTRAINT es_events_stream_event_id_key UNIQUE (stream_id, event_id)
     )`,
    `CREATE INDEX es_events_scope_states_idx ON es_events USING gin (scope_states)`,
    `CREATE INDEX es_events_scope_agencies_idx ON es_events USING gin (scope_agencies)`,
    // Added to every position. Raised at open when the database was restored into a cluster whose
    // transaction ids are behind the stored positions, so that new positions stay above old ones.
    `CREATE TABLE es_position_offset (
       singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
       value bigint NOT NULL
     )`,
    `INSERT INTO es_position_offset (value) VALUES (0)`,
  ],
};
