import { createPrivateKey, createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

/** The embedded profile's own signing key: what `hstf token` signs with and the API trusts. */
export interface LocalKey {
  readonly alg: 'ES256';
  /** RFC 7638 thumbprint of the public key, so the kid always names this exact key. */
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
  readonly privateKeyFile: string;
  readonly publicKeyFile: string;
}

const PRIVATE_KEY_FILE = 'signing-key.pem';
const PUBLIC_KEY_FILE = 'signing-key.pub.pem';
const KID_FILE = 'signing-key.kid';

/**
 * Creates the key pair under `<dataDir>/keys/` on first run and reuses it afterwards. The API and the CLI
 * may both start on a fresh data directory at once, so the private key is published with an exclusive
 * hard link: exactly one generated key wins and every process reads that one. The public key and the kid
 * are derived from the private key and rewritten each time, so they can never disagree with it.
 */
export async function loadOrCreateLocalKey(dataDir: string): Promise<LocalKey> {
  const dir = join(dataDir, 'keys');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const privateKeyFile = join(dir, PRIVATE_KEY_FILE);
  const privateKey = createPrivateKey(await readOrCreatePrivateKey(privateKeyFile));
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(
      `${privateKeyFile} is not an ES256 (P-256) private key; move it away to generate a new one`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = await exportSPKI(publicKey);
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  const publicKeyFile = join(dir, PUBLIC_KEY_FILE);
  await replaceFile(publicKeyFile, publicKeyPem);
  await replaceFile(join(dir, KID_FILE), `${kid}\n`);
  return { alg: 'ES256', kid, privateKey, publicKey, publicKeyPem, privateKeyFile, publicKeyFile };
}

async function readOrCreatePrivateKey(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  await createPrivateKeyIfAbsent(path);
  return readFile(path, 'utf8');
}

async function createPrivateKeyIfAbsent(path: string): Promise<void> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const pem = await exportPKCS8(privateKey);
  const draft = draftPath(path);
  await writeFile(draft, pem, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return;
    // Some mounted volumes refuse hard links; an exclusive create still lets only one key win.
    await writeFile(path, pem, { mode: 0o600, flag: 'wx' }).catch((fallback: unknown) => {
      if (errorCode(fallback) !== 'EEXIST') throw fallback;
    });
  } finally {
    await unlink(draft);
  }
}

async function replaceFile(path: string, content: string): Promise<void> {
  const draft = draftPath(path);
  await writeFile(draft, content, { mode: 0o644 });
  await rename(draft, path);
}

const draftPath = (path: string): string => `${path}.${randomUUID()}.tmp`;

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;
