import { EsdbEventStore, EventStore, openPgEventStore } from '@hstf/event-store';
import { RelayConfig } from './relay-config';

/** The store the relay reads: only the subscription and the head position are used. */
export async function openRelayStore(store: RelayConfig['store']): Promise<EventStore> {
  switch (store.kind) {
    case 'postgres':
      // A subscription reads one page at a time and the lag probe one row: a small pool is plenty.
      return openPgEventStore({ pool: { connectionString: store.connectionString, max: 3 } });
    case 'esdb':
      return EsdbEventStore.connect(store.connectionString);
  }
}
