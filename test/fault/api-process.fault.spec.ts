import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain, buildApps, AppProcess } from './app-process';

/** A port nothing listens on right now, for a process that cannot be told to pick its own. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * `npm start` as an orchestrator stops it: SIGTERM. The API must finish what it serves, close the store
 * (PGlite writes its data directory on close) and exit 0; Nest's own shutdown hooks used to re-raise the
 * signal once the app had closed, so the process died of it (143) before the databases were closed.
 */
describe('the API process', () => {
  let dataDir: string;

  beforeAll(async () => {
    await buildApps();
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-sigterm-'));
  }, 180_000);

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s closes the app, the pipeline and the databases, then exits 0',
    async (signal) => {
      const port = await freePort();
      const api = new AppProcess({ HSTF_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' }, apiMain);
      await api.until('listening', 120_000);
      // Serving, with the embedded pipeline running: the store has been written to.
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      api.kill(signal);
      expect(await api.exited).toEqual({ code: 0, signal: null });
      expect(api.lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining([
          `${signal} received: closing`,
          'closed: the store and the read models are shut',
        ]),
      );
    },
    180_000,
  );

  it('refuses to start on bad settings, naming each in one line, without a stack trace', async () => {
    const api = new AppProcess(
      { HSTF_DATA_DIR: dataDir, PORT: '0', HSTF_FEED_POLL_MS: 'often', HSTF_DEADLINES: 'maybe' },
      apiMain,
    );
    expect(await api.exited).toEqual({ code: 1, signal: null });
    const lines = api.output().trim().split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.slice(1).sort()).toEqual([
      expect.stringMatching(/^ {2}- HSTF_DEADLINES: /),
      expect.stringMatching(/^ {2}- HSTF_FEED_POLL_MS: /),
      expect.stringMatching(/^ {2}- PORT: /),
    ]);
  }, 60_000);
});
