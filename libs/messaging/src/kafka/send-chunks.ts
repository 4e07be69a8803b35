import { OutgoingMessage } from '../port';

/**
 * The broker refuses a record batch larger than its `message.max.bytes` (1 MiB by default) and kafkajs
 * would retry that refusal forever, stalling the relay. A publish is therefore cut into consecutive chunks
 * of at most `maxBytes` uncompressed (key, value and headers), sent one after another: each topic's
 * messages keep their order, and compression only makes a chunk smaller. A single message larger than
 * `maxBytes` travels alone.
 */
export function sendChunks(messages: readonly OutgoingMessage[], maxBytes: number): OutgoingMessage[][] {
  const chunks: OutgoingMessage[][] = [];
  let current: OutgoingMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = sizeOf(message);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

// Record overhead (lengths, varints, timestamps) is small next to the envelope; 64 bytes covers it.
const RECORD_OVERHEAD = 64;

function sizeOf({ key, value, headers }: OutgoingMessage): number {
  let size = RECORD_OVERHEAD + Buffer.byteLength(key) + Buffer.byteLength(value);
  for (const [name, header] of Object.entries(headers ?? {}))
    size += Buffer.byteLength(name) + Buffer.byteLength(header);
  return size;
}
