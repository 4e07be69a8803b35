import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { keyIdOf } from './checkpoint-signature';

/** The Ed25519 key the audit signs checkpoints and export manifests with. */
export interface AuditKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
  readonly keyId: string;
  readonly file: string;
}

/**
 * Reads the key from `file`, creating it on first use. The API and the CLI may start together on a fresh
 * data directory, so the key is published with an exclusive hard link: one generated key wins and every
 * process uses that one. The public half is written beside it (`.pub.pem`) for verifiers.
 */
export async function loadOrCreateAuditKey(file: string): Promise<AuditKey> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const pem = await readFile(file, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await createKeyIfAbsent(file);
    return readFile(file, 'utf8');
  });
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} is not an Ed25519 private key; move it away to generate a new one`);
  }
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await writeFile(publicKeyFileOf(file), publicKeyPem, { mode: 0o644 });
  return { privateKey, publicKey, publicKeyPem, keyId: keyIdOf(publicKey), file };
}

export const publicKeyFileOf = (privateKeyFile: string): string =>
  privateKeyFile.replace(/(\.pem)?$/, '.pub.pem');

async function createKeyIfAbsent(file: string): Promise<void> {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, pem, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    // Some mounted volumes refuse hard links; an exclusive create still lets only one key win.
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' }).catch((fallback: NodeJS.ErrnoException) => {
      if (fallback.code !== 'EEXIST') throw fallback;
    });
  } finally {
    await unlink(draft);
  }
}
