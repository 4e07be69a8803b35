import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import type { SaslMechanism } from '@hstf/messaging';

/** Kafka's AlterUserScramCredentials (KIP-554), version 0: the first flexible-version request shape. */
const ALTER_USER_SCRAM_CREDENTIALS = 51;
const MECHANISM_CODES: Record<SaslMechanism, { code: number; hash: 'sha256' | 'sha512'; bytes: number }> = {
  'scram-sha-256': { code: 1, hash: 'sha256', bytes: 32 },
  'scram-sha-512': { code: 2, hash: 'sha512', bytes: 64 },
};
/** Kafka's own tools default to 4096; twice that costs a login a few milliseconds more. */
const ITERATIONS = 8192;

export interface ScramUpsert {
  readonly username: string;
  readonly password: string;
}

/**
 * Creates or replaces the SCRAM credentials of `users` on the cluster, as the admin `kafka` logs in as.
 * kafkajs 2.2 has no call for it, so the request is encoded here and sent over a connection of kafkajs's
 * own cluster (already authenticated); the salted password is computed here, as the Java admin client
 * does, so the password itself never travels. Throws with every user the broker refused.
 */
export async function upsertScramUsers(
  kafka: Kafka,
  mechanism: SaslMechanism,
  users: readonly ScramUpsert[],
): Promise<void> {
  if (users.length === 0) return;
  const cluster = internalCluster(kafka);
  await cluster.connect();
  try {
    await cluster.refreshMetadata();
    const broker = await cluster.findControllerBroker();
    const results = await broker.connectionPool.send({
      request: {
        apiKey: ALTER_USER_SCRAM_CREDENTIALS,
        apiVersion: 0,
        apiName: 'AlterUserScramCredentials',
        encode: async () => rawPayload(encodeUpsertions(mechanism, users)),
      },
      response: { decode: async (payload: Buffer) => decodeResults(payload), parse: async (r: unknown) => r },
    });
    const refused = (results as ScramResult[]).filter((r) => r.errorCode !== 0);
    if (refused.length > 0) {
      throw new Error(
        `the broker refused SCRAM credentials for ${refused
          .map((r) => `${r.user} (error ${r.errorCode}${r.errorMessage ? `: ${r.errorMessage}` : ''})`)
          .join(', ')}`,
      );
    }
  } finally {
    await cluster.disconnect();
  }
}

interface ScramResult {
  readonly user: string;
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

interface InternalBroker {
  readonly connectionPool: {
    send(request: {
      request: { apiKey: number; apiVersion: number; apiName: string; encode(): Promise<unknown> };
      response: { decode(payload: Buffer): Promise<unknown>; parse(data: unknown): Promise<unknown> };
    }): Promise<unknown>;
  };
}

interface InternalCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  refreshMetadata(): Promise<void>;
  findControllerBroker(): Promise<InternalBroker>;
}

/** The cluster kafkajs builds for its admin client, with the same brokers, SASL and TLS settings. */
function internalCluster(kafka: Kafka): InternalCluster {
  const create = Object.getOwnPropertySymbols(kafka).find(
    (symbol) => symbol.description === 'private:Kafka:createCluster',
  );
  if (!create) throw new Error('this kafkajs version has no cluster factory to send SCRAM requests with');
  const factory = (kafka as unknown as Record<symbol, (options: object) => InternalCluster>)[create];
  return factory({ allowAutoTopicCreation: false });
}

/** kafkajs writes a request's payload by its `buf`/`buffer` (an Encoder's fields) after the header. */
const rawPayload = (bytes: Buffer) => ({ buf: bytes, buffer: bytes, size: () => bytes.length });

function encodeUpsertions(mechanism: SaslMechanism, users: readonly ScramUpsert[]): Buffer {
  const { code, hash, bytes } = MECHANISM_CODES[mechanism];
  const parts: Buffer[] = [
    uvarint(0), // the request header's tagged fields (header v2 is v1 + tags)
    uvarint(1), // deletions: an empty compact array
    uvarint(users.length + 1),
  ];
  for (const { username, password } of users) {
    const salt = randomBytes(32);
    // SCRAM's Hi(): PBKDF2 with the mechanism's HMAC, as long as its hash.
    const salted = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, ITERATIONS, bytes, hash);
    const iterations = Buffer.alloc(4);
    iterations.writeInt32BE(ITERATIONS);
    parts.push(compactBytes(Buffer.from(username, 'utf8')), Buffer.from([code]), iterations);
    parts.push(compactBytes(salt), compactBytes(salted), uvarint(0));
  }
  parts.push(uvarint(0));
  return Buffer.concat(parts);
}

function decodeResults(payload: Buffer): ScramResult[] {
  const reader = new FlexibleReader(payload);
  reader.taggedFields(); // the response header's (v1)
  reader.int32(); // throttle time
  const results: ScramResult[] = [];
  for (let count = reader.uvarint() - 1; count > 0; count--) {
    const user = reader.compactString() ?? '';
    const errorCode = reader.int16();
    const errorMessage = reader.compactString();
    reader.taggedFields();
    results.push({ user, errorCode, errorMessage });
  }
  return results;
}

function uvarint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

const compactBytes = (value: Buffer): Buffer => Buffer.concat([uvarint(value.length + 1), value]);

class FlexibleReader {
  private offset = 0;
  private readonly buffer: Buffer;

  constructor(buffer: Buffer) {
    this.buffer = buffer;
  }

  uvarint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.buffer[this.offset++];
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value >>> 0;
    }
  }

  int16(): number {
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }

  int32(): number {
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  compactString(): string | null {
    const length = this.uvarint() - 1;
    if (length < 0) return null;
    const value = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  taggedFields(): void {
    for (let count = this.uvarint(); count > 0; count--) {
      this.uvarint(); // tag
      this.offset += this.uvarint(); // size, then skip the value
    }
  }
}
