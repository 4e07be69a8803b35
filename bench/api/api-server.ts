import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ApiProcess {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

const MAIN = resolve(__dirname, '../../apps/api/src/main.js');

/**
 * The API as `npm start` runs it, in a child process of its own so load and server do not share a loop;
 * on a fresh data directory unless given one (a store and read models built beforehand).
 */
export async function startApiProcess(
  port: number,
  env: Record<string, string>,
  givenDataDir?: string,
): Promise<ApiProcess> {
  const dataDir = givenDataDir ?? (await mkdtemp(join(tmpdir(), 'hstf-bench-api-')));
  // BENCH_CPU_PROF=<dir>: the API writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, MAIN], {
    env: { ...process.env, PORT: String(port), HSTF_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (error) {
    child.kill('SIGKILL'); // never leave a half-started API holding the port
    throw error;
  }
  return {
    url,
    dataDir,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become healthy within 60 s');
}
