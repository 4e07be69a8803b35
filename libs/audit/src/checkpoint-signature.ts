import { createHash, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '@hstf/contracts';
import type { Checkpoint } from './checkpoint-record';

export type UnsignedCheckpoint = Omit<Checkpoint, 'signature' | 'algorithm' | 'keyId'>;

/** SHA-256 of the key's SubjectPublicKeyInfo (DER), hex: names the key a signature was made with. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The exact bytes signed: canonical JSON, so any verifier rebuilds them from the stored fields. */
export function checkpointPayload(checkpoint: Omit<Checkpoint, 'signature'>): Buffer {
  const { position, runningHash, events, previous, signedAt, algorithm, keyId } = checkpoint;
  return Buffer.from(
    canonicalJson({
      kind: 'hstf-audit-checkpoint/1',
      position,
      runningHash,
      events,
      previous,
      signedAt,
      algorithm,
      keyId,
    }),
    'utf8',
  );
}

export function signCheckpoint(
  unsigned: UnsignedCheckpoint,
  privateKey: KeyObject,
  publicKey: KeyObject,
): Checkpoint {
  const body = { ...unsigned, algorithm: 'Ed25519' as const, keyId: keyIdOf(publicKey) };
  return { ...body, signature: sign(null, checkpointPayload(body), privateKey).toString('base64') };
}

export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Checks the signature with a key the verifier trusts, never with one the checkpoint names. */
export function verifyCheckpointSignature(checkpoint: Checkpoint, trustedKey: KeyObject): SignatureCheck {
  if (checkpoint.keyId !== keyIdOf(trustedKey)) {
    return {
      ok: false,
      reason: `signed by key ${checkpoint.keyId}, not by the trusted key ${keyIdOf(trustedKey)}`,
    };
  }
  const signature = Buffer.from(checkpoint.signature, 'base64');
  return verify(null, checkpointPayload(checkpoint), trustedKey, signature)
    ? { ok: true }
    : { ok: false, reason: 'the signature does not match the checkpoint' };
}
