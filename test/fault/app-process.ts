import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '..', '..');
export const relayMain = join(root, 'dist', 'apps', 'relay', 'src', 'main.js');
export const apiMain = join(root, 'dist', 'apps', 'api', 'src', 'main.js');

/** Compiles apps and libs into dist/, so that the processes under test run the sources under test. */
export async function buildApps(): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules', '.bin', 'swc'),
      'apps',
      'libs',
      '-d',
      'dist',
      '--copy-files',
      '--quiet',
      '--config-file',
      '.swcrc',
    ],
    {
      cwd: root,
      timeout: 120_000,
    },
  );
  if (!existsSync(relayMain)) throw new Error(`the build did not produce ${relayMain}`);
}

/** One of the apps (the relay by default) as its own process (Node of this test run), its JSON log lines parsed as they come. */
export class AppProcess {
  readonly lines: Record<string, unknown>[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private stderr = '';

  constructor(
    env: Record<string, string>,
    private readonly main = relayMain,
  ) {
    this.child = spawn(process.execPath, [main], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const line of complete) if (line.startsWith('{')) this.lines.push(JSON.parse(line));
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Resolves when a log line's message contains `text`; rejects if the process exits first. */
  async until(text: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (!this.lines.some((line) => String(line.msg).includes(text))) {
      if (exited) throw new Error(`${this.main} exited before "${text}":\n${this.output()}`);
      if (Date.now() > deadline)
        throw new Error(`${this.main} did not log "${text}" within ${timeoutMs} ms:\n${this.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  output(): string {
    return [...this.lines.map((line) => JSON.stringify(line)), this.stderr].join('\n');
  }
}
