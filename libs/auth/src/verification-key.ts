import { createPublicKey, KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRemoteJWKSet, JWTVerifyGetKey, jwtVerify, JWTVerifyOptions, JWTVerifyResult } from 'jose';

export type SigningAlgorithm = 'ES256' | 'RS256';

/** Where the trusted public keys come from: an identity provider's JWKS, or one PEM (SPKI) key. */
export type VerificationKeySource =
  { readonly jwksUrl: string } | { readonly publicKeyPem: string } | { readonly publicKeyFile: string };

export interface VerificationKey {
  readonly key: KeyObject | JWTVerifyGetKey;
  /** The algorithms a token may use with this key; a PEM key fits exactly one. */
  readonly algorithms: readonly SigningAlgorithm[];
  /**
   * jose's jwtVerify bound to this key. jose types a key object and a key set as two overloads, so each is
   * bound here, where its type is known, instead of being told apart on every token.
   */
  readonly verify: (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;
}

/**
 * Resolves the configured key once at start. A bad key is a configuration error thrown here, with the
 * setting named, rather than a 401 on every request later.
 */
export async function resolveVerificationKey(
  source: VerificationKeySource,
  allowed: readonly SigningAlgorithm[],
): Promise<VerificationKey> {
  if ('jwksUrl' in source) {
    const keySet = createRemoteJWKSet(parseUrl(source.jwksUrl));
    return {
      key: keySet,
      algorithms: allowed,
      verify: (token, options) => jwtVerify(token, keySet, options),
    };
  }
  const pem = 'publicKeyPem' in source ? source.publicKeyPem : await readKeyFile(source.publicKeyFile);
  const key = parsePublicKey(pem);
  const algorithm = algorithmOf(key);
  if (!algorithm || !allowed.includes(algorithm)) {
    throw new Error(
      `the configured public key is ${describe(key)}, which fits none of the allowed algorithms ${allowed.join(', ')}`,
    );
  }
  return { key, algorithms: [algorithm], verify: (token, options) => jwtVerify(token, key, options) };
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new Error(`the JWKS URL "${url}" is not a valid URL`);
  }
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`the public key file "${path}" cannot be read: ${(error as Error).message}`);
  }
}

function parsePublicKey(pem: string): KeyObject {
  if (pem.includes('PRIVATE KEY-----')) {
    throw new Error('the configured public key is a private key; configure its public (SPKI) half instead');
  }
  try {
    return createPublicKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new Error(`the public key is not a PEM (SPKI) public key: ${(error as Error).message}`);
  }
}

function algorithmOf(key: KeyObject): SigningAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  return undefined;
}

function describe(key: KeyObject): string {
  const curve = key.asymmetricKeyDetails?.namedCurve;
  return curve ? `an ${key.asymmetricKeyType} key on ${curve}` : `an ${key.asymmetricKeyType} key`;
}
