import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPgliteEventStore } from '@hstf/event-store';
import { newEvent } from './conformance-context';

jest.mock('@electric-sql/pglite', () =>
  jest
    .requireActual<typeof import('./pglite-outside-jest-sandbox')>('./pglite-outside-jest-sandbox')
    .nativePglite(),
);

interface Written {
  id: string;
  streamId: string;
  position: string;
}

const streams = 4;
const eventsPerStream = 25;

/** Another process writes to a PGlite directory and ends; this one opens the directory and finds it all. */
async function writeInChildProcess(dataDir: string, ending: 'close' | 'exit'): Promise<Written[]> {
  const script = join(__dirname, 'fixtures', 'pglite-writer.js');
  const args = [script, dataDir, ending, String(streams), String(eventsPerStream)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Written[];
}

describe('PGlite: a directory reopened by another process', () => {
  const dataDirs: string[] = [];
  const newDataDir = async () => {
    dataDirs.push(await mkdtemp(join(tmpdir(), 'hstf-pglite-reopen-')));
    return dataDirs[dataDirs.length - 1];
  };

  afterAll(async () => {
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each([
    ['closed its store' as const, 'close' as const],
    ['exited without closing' as const, 'exit' as const],
  ])(
    'loses nothing when the writer %s',
    async (_, ending) => {
      const dataDir = await newDataDir();
      const written = await writeInChildProcess(dataDir, ending);
      expect(written).toHaveLength(streams * eventsPerStream);

      const store = await openPgliteEventStore(dataDir);
      try {
        const all = await store.readAll();
        expect(all.map((event) => [event.id, event.streamId, event.globalPosition.toString()])).toEqual(
          written.map((event) => [event.id, event.streamId, event.position]),
        );
        const stream = await store.readStream('reopen-0');
        expect(stream.map((event) => event.streamPosition)).toEqual(stream.map((_, index) => BigInt(index)));
        expect(await store.headPosition()).toBe(BigInt(written[written.length - 1].position));
        const next = await store.append('reopen-0', [newEvent('AfterReopen')], BigInt(eventsPerStream - 1));
        expect(next.position).toBeGreaterThan(BigInt(written[written.length - 1].position));
      } finally {
        await store.close();
      }
    },
    120_000,
  );
});
