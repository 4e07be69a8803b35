import { createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '@hstf/contracts';
import { keyIdOf } from './checkpoint-signature';

/** An Ed25519 signature over the canonical JSON of a document, with the key that made it. */
export interface DocumentSignature {
  readonly algorithm: 'Ed25519';
  readonly keyId: string;
  /** SubjectPublicKeyInfo, PEM: lets a reader check the document, though only a pinned key proves who signed. */
  readonly publicKey: string;
  /** base64 */
  readonly value: string;
}

export function signDocument(
  document: object,
  privateKey: KeyObject,
  publicKey: KeyObject,
): DocumentSignature {
  return {
    algorithm: 'Ed25519',
    keyId: keyIdOf(publicKey),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    value: sign(null, Buffer.from(canonicalJson(document), 'utf8'), privateKey).toString('base64'),
  };
}

export type DocumentCheck =
  | { readonly ok: true; readonly keyId: string; readonly pinned: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks a document's signature. With `trustedKey` the signature must be that key's (pinned); without it,
 * the key the signature carries is used, which proves integrity but not who signed.
 */
export function verifyDocument(
  document: object,
  signature: DocumentSignature,
  trustedKey?: KeyObject,
): DocumentCheck {
  let key: KeyObject;
  try {
    key = trustedKey ?? createPublicKey(signature.publicKey);
  } catch {
    return { ok: false, reason: 'the public key in the signature cannot be read' };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: 'the key is not an Ed25519 key' };
  const keyId = keyIdOf(key);
  if (signature.keyId !== keyId) {
    return { ok: false, reason: `signed by key ${signature.keyId}, not by key ${keyId}` };
  }
  const valid = verify(
    null,
    Buffer.from(canonicalJson(document), 'utf8'),
    key,
    Buffer.from(signature.value, 'base64'),
  );
  return valid
    ? { ok: true, keyId, pinned: trustedKey !== undefined }
    : { ok: false, reason: 'the signature does not match the document' };
}
