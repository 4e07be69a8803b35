import { z } from 'zod';
import type { RecordedStoredEvent } from '@hstf/contracts';
import type { DocumentSignature } from './signed-document';

/** An export bundle: one NDJSON file of events in global order, and a signed manifest describing it. */
export const EXPORT_FORMAT = 'hstf-audit-export/1' as const;
export const EVENTS_FILE = 'events.ndjson';
export const MANIFEST_FILE = 'manifest.json';

/** One event per line, as stored (data before upcasting, so that its hash verifies), positions as text. */
export function toExportLine(event: RecordedStoredEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    streamPosition: event.streamPosition.toString(),
    globalPosition: event.globalPosition.toString(),
    recordedAt: event.recordedAt.toISOString(),
    data: event.data,
    metadata: event.metadata,
  });
}

const exportedEventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  streamId: z.string().min(1),
  streamPosition: z.string().regex(/^\d+$/),
  globalPosition: z.string().regex(/^-?\d+$/),
  recordedAt: z.iso.datetime({ offset: true }),
  data: z.unknown(),
  metadata: z.record(z.string(), z.unknown()),
});

export function fromExportLine(line: string): RecordedStoredEvent {
  const parsed = exportedEventSchema.parse(JSON.parse(line));
  return {
    ...parsed,
    streamPosition: BigInt(parsed.streamPosition),
    globalPosition: BigInt(parsed.globalPosition),
    recordedAt: new Date(parsed.recordedAt),
  };
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const position = z.string().regex(/^-?\d+$/);

const chainHeadSchema = z.strictObject({
  streamId: z.string().min(1),
  events: z.number().int().positive(),
  first: z.strictObject({ position, prevHash: sha256Hex }),
  last: z.strictObject({ position, hash: sha256Hex }),
});

const exportFileSchema = z.strictObject({
  name: z.string().regex(/^[\w.-]+$/, 'must be a plain file name'),
  sha256: sha256Hex,
  bytes: z.number().int().nonnegative(),
  lines: z.number().int().nonnegative(),
});

export const exportManifestBodySchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  state: z.string().min(1),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  exportedAt: z.iso.datetime({ offset: true }),
  exportedBy: z.string().min(1),
  source: z.strictObject({ eventStore: z.string().min(1), headPosition: position }),
  counts: z.strictObject({
    events: z.number().int().nonnegative(),
    streams: z.number().int().nonnegative(),
    byType: z.record(z.string(), z.number().int().positive()),
  }),
  files: z.array(exportFileSchema).min(1),
  chains: z.array(chainHeadSchema),
});

export const exportManifestSchema = exportManifestBodySchema.extend({
  signature: z.strictObject({
    algorithm: z.literal('Ed25519'),
    keyId: sha256Hex,
    publicKey: z.string().min(1),
    value: z.string().min(1),
  }),
});

export type ChainHead = z.infer<typeof chainHeadSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportManifestBody = z.infer<typeof exportManifestBodySchema>;
export type ExportManifest = ExportManifestBody & { readonly signature: DocumentSignature };

/** Where each exported stream's part starts and ends: what a reader verifies its chain from and to. */
export class ChainHeads {
  private readonly heads = new Map<string, ChainHead>();
  private readonly types = new Map<string, number>();
  private count = 0;

  add(event: RecordedStoredEvent): void {
    const hash = String(event.metadata.hash);
    const known = this.heads.get(event.streamId);
    const position = event.streamPosition.toString();
    this.heads.set(event.streamId, {
      streamId: event.streamId,
      events: (known?.events ?? 0) + 1,
      first: known?.first ?? { position, prevHash: String(event.metadata.prevHash) },
      last: { position, hash },
    });
    this.types.set(event.type, (this.types.get(event.type) ?? 0) + 1);
    this.count += 1;
  }

  list(): ChainHead[] {
    return [...this.heads.values()];
  }

  counts(): ExportManifestBody['counts'] {
    return {
      events: this.count,
      streams: this.heads.size,
      byType: Object.fromEntries([...this.types.entries()].sort(([a], [b]) => a.localeCompare(b))),
    };
  }
}
