import { EsdbEventStore, esdbConnectionSettings } from '@hstf/event-store';
import { describeEventStoreConformance } from './event-store.conformance';

const connectionString = process.env.ESDB_CONNECTION_STRING;

describe('EventStoreDB connection settings', () => {
  it('reads the single insecure node that the README starts with Docker', () => {
    expect(esdbConnectionSettings('esdb://localhost:2113?tls=false')).toEqual({
      endpoints: ['localhost:2113'],
      tls: false,
      discover: false,
    });
  });

  it('reads a cluster of three nodes and a cluster found through DNS, both with TLS by default', () => {
    expect(esdbConnectionSettings('esdb://admin:changeit@es1:2113,es2:2113,es3:2113')).toEqual({
      endpoints: ['es1:2113', 'es2:2113', 'es3:2113'],
      tls: true,
      discover: false,
    });
    expect(esdbConnectionSettings('esdb+discover://cluster.hstf.internal:2113')).toMatchObject({
      discover: true,
    });
  });
});

// No EventStoreDB can run on the build machine. Without a server the suite is still registered, as
// skipped with the reason, so that the summary counts what did not run; see
// libs/event-store/src/esdb/README.md for running it against one.
describeEventStoreConformance({
  name: connectionString
    ? `EventStoreDB at ${esdbConnectionSettings(connectionString).endpoints.join(', ')}`
    : 'EventStoreDB',
  open: async () => EsdbEventStore.connect(connectionString as string),
  skipBecause: connectionString ? undefined : 'ESDB_CONNECTION_STRING names no EventStoreDB server',
});
