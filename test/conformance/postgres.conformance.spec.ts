import { openPgEventStore } from '@hstf/event-store';
import { createTestDatabase, TestDatabase } from '../helpers/postgres';
import { describeEventStoreConformance } from './event-store.conformance';

let database: TestDatabase | undefined;

describeEventStoreConformance({
  name: 'PostgreSQL server (pg)',
  open: async () => {
    database = await createTestDatabase('conformance');
    return openPgEventStore({ pool: { connectionString: database.connectionString } });
  },
  cleanUp: async () => database?.drop(),
});
