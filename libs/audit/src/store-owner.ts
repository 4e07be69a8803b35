import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Which process has the embedded (PGlite) store open. PGlite is one process's database: a second process
 * opening the same directory sees none of the first one's writes and corrupts it. PGlite's own
 * postmaster.pid holds no real pid and is left behind when a process is stopped by a signal, so the API
 * writes its pid here, and the CLI refuses the store while that process is alive.
 */
export const storeOwnerFile = (dataDir: string): string => join(dataDir, 'event-store.owner');

export async function claimStore(dataDir: string, pid = process.pid): Promise<void> {
  await writeFile(storeOwnerFile(dataDir), `${pid}\n`, { mode: 0o644 });
}

export async function releaseStore(dataDir: string, pid = process.pid): Promise<void> {
  if ((await readOwner(dataDir)) === pid) await unlink(storeOwnerFile(dataDir)).catch(() => undefined);
}

/** The pid of another live process that has the store open, or undefined. */
export async function liveOwnerOf(dataDir: string): Promise<number | undefined> {
  const pid = await readOwner(dataDir);
  if (pid === undefined || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it still has the store.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

async function readOwner(dataDir: string): Promise<number | undefined> {
  const text = await readFile(storeOwnerFile(dataDir), 'utf8').catch(() => undefined);
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
