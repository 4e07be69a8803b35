import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimStore, liveOwnerOf, releaseStore, storeOwnerFile } from './store-owner';

describe('the owner of the embedded store', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-owner-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is another live process that claimed it, never this one', async () => {
    expect(await liveOwnerOf(dataDir)).toBeUndefined();
    await claimStore(dataDir);
    expect(await readFile(storeOwnerFile(dataDir), 'utf8')).toBe(`${process.pid}\n`);
    expect(await liveOwnerOf(dataDir)).toBeUndefined();
    await claimStore(dataDir, process.ppid);
    expect(await liveOwnerOf(dataDir)).toBe(process.ppid);
  });

  it('is nobody once the claiming process is gone or released it', async () => {
    await writeFile(storeOwnerFile(dataDir), '4194303\n');
    expect(await liveOwnerOf(dataDir)).toBeUndefined();
    await claimStore(dataDir);
    await releaseStore(dataDir);
    await expect(readFile(storeOwnerFile(dataDir))).rejects.toThrow('ENOENT');
  });

  it('is not released by a process that does not own it', async () => {
    await claimStore(dataDir, process.ppid);
    await releaseStore(dataDir);
    expect(await liveOwnerOf(dataDir)).toBe(process.ppid);
  });
});
