import type { Migration } from '.';

/**
 * One round trip per append: lock the stream row, check the expected revision, write the events, notify.
 * p_expected is -1 for 'no_stream', -2 for 'any', else the revision. A conflict writes nothing and reports
 * the actual revision (-1: no stream). A duplicate event id fails on es_events_stream_event_id_key; the
 * adapter then decides whether the append was a retry (see idempotent-retry.ts).
 *
 * Positions follow transaction ids, and a transaction gets its id before it waits for the stream lock, so
 * an append may be overtaken by a younger one and find the stream's last position above its own. Writing
 * then would put the stream's events out of global order; it fails with serialization_failure (40001)
 * instead and the adapter retries in a new transaction, whose id is younger than every earlier writer's.
 */
export const appendFunction: Migration = {
  version: 2,
  name: 'append function',
  statements: [
    // 16 bits of position per transaction: one append may hold up to 65,536 events, and transaction ids
    // may grow to 2^47 before a position overflows.
    `CREATE FUNCTION es_first_position(p_transaction_id xid8) RETURNS bigint
     LANGUAGE sql STABLE AS $$
       SELECT (p_transaction_id::text::bigint << 16) + value FROM es_position_offset
     $$`,
    `CREATE FUNCTION es_scope_values(p_values jsonb) RETURNS text[]
     LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN jsonb_typeof(p_values) = 'array'
         THEN ARRAY(SELECT jsonb_array_elements_text(p_values)) ELSE '{}'::text[] END
     $$`,
    `CREATE FUNCTION es_append(p_stream_id text, p_expected bigint, p_events jsonb, p_channel text)
     RETURNS TABLE (outcome text, next_revision bigint, last_position bigint)
     LANGUAGE plpgsql AS $$
     DECLARE
       v_count bigint := jsonb_array_length(p_events);
       v_first bigint := es_first_position(pg_current_xact_id());
       v_previous bigint;
       v_stream_last bigint;
       v_created boolean := false;
     BEGIN
       SELECT s.revision, s.last_position INTO v_previous, v_stream_last
         FROM es_streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
       IF NOT FOUND THEN
         IF p_expected >= 0 THEN
           RETURN QUERY SELECT 'conflict'::text, -1::bigint, NULL::bigint;
           RETURN;
         END IF;
         INSERT INTO es_streams (stream_id, revision, last_position)
           VALUES (p_stream_id, v_count - 1, v_first + v_count - 1) ON CONFLICT DO NOTHING;
         v_created := FOUND;
         IF v_created THEN
           v_previous := -1;
         ELSE
           -- Another append created the stream and committed meanwhile: this statement's fresh snapshot sees it.
           SELECT s.revision, s.last_position INTO v_previous, v_stream_last
             FROM es_streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
         END IF;
       END IF;
       IF (p_expected = -1 AND v_previous <> -1) OR (p_expected >= 0 AND v_previous <> p_expected) THEN
         RETURN QUERY SELECT 'conflict'::text, v_previous, NULL::bigint;
         RETURN;
       END IF;
       IF NOT v_created THEN
         IF v_stream_last >= v_first THEN
           RAISE EXCEPTION 'append to % overtaken by a younger transaction', p_stream_id
             USING ERRCODE = 'serialization_failure';
         END IF;
         UPDATE es_streams s SET revision = v_previous + v_count, last_position = v_first + v_count - 1
          WHERE s.stream_id = p_stream_id;
       END IF;
       INSERT INTO es_events (global_position, transaction_id, stream_id, stream_position, event_id, event_type,
                              data, metadata, scope_states, scope_agencies)
       SELECT v_first + e.ordinal - 1, pg_current_xact_id(), p_stream_id, v_previous + e.ordinal,
              (e.event->>'id')::uuid, e.event->>'type', e.event->'data', e.event->'metadata',
              es_scope_values(e.event->'metadata'->'scope'->'states'),
              es_scope_values(e.event->'metadata'->'scope'->'agencies')
       FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(event, ordinal);
       IF p_channel IS NOT NULL THEN
         PERFORM pg_notify(p_channel, '');
       END IF;
       RETURN QUERY SELECT 'appended'::text, v_previous + v_count, v_first + v_count - 1;
     END
     $$`,
  ],
};
