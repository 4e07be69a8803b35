import { createHash, createPublicKey, KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BundleVerification, BundleVerifier, EVENTS_FILE, ExportFile, MANIFEST_FILE } from '@hstf/audit';

/**
 * Checks a bundle directory offline: nothing but its files and, to know who signed it, the command
 * center's public key. Files are streamed, so a bundle of any size is checked in bounded memory.
 */
export async function verifyBundleDirectory(
  dir: string,
  publicKeyFile?: string,
): Promise<BundleVerification> {
  const trustedKey: KeyObject | undefined = publicKeyFile
    ? createPublicKey(await readFile(publicKeyFile, 'utf8'))
    : undefined;
  const manifest: unknown = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
  const verifier = new BundleVerifier(manifest, trustedKey);
  for (const listed of verifier.manifest?.files ?? []) {
    const actual = await readListedFile(dir, listed.name, listed.name === EVENTS_FILE ? verifier : undefined);
    verifier.fileRead(actual, listed.name);
  }
  return verifier.finish();
}

async function readListedFile(
  dir: string,
  name: string,
  events: BundleVerifier | undefined,
): Promise<ExportFile | undefined> {
  const digest = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  const stream = createReadStream(join(dir, name));
  stream.on('data', (chunk: string | Buffer) => {
    digest.update(chunk);
    bytes += chunk.length;
  });
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      lines += 1;
      events?.addLine(line, lines);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return { name, sha256: digest.digest('hex'), bytes, lines };
}
