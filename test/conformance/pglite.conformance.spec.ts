import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteEventStore } from '@hstf/event-store';
import { describeEventStoreConformance } from './event-store.conformance';

jest.mock('@electric-sql/pglite', () =>
  jest
    .requireActual<typeof import('./pglite-outside-jest-sandbox')>('./pglite-outside-jest-sandbox')
    .nativePglite(),
);

let dataDir: string | undefined;

describeEventStoreConformance({
  name: 'PGlite (embedded, on disk)',
  open: async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-pglite-conformance-'));
    return openPgliteEventStore(dataDir);
  },
  cleanUp: async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  },
});
