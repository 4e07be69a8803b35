/**
 * The partition a key goes to: stable for the life of the topic, which is all per-key order needs.
 * FNV-1a over the UTF-16 code units; the in-process log never has to agree with Kafka's murmur2.
 */
export function partitionForKey(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}
