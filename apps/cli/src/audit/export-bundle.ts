import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import {
  asOfTime,
  AuditKey,
  beyondCut,
  ChainHeads,
  EVENTS_FILE,
  EXPORT_FORMAT,
  ExportManifest,
  ExportManifestBody,
  logPages,
  MANIFEST_FILE,
  scopeStatesOf,
  signDocument,
  toExportLine,
} from '@hstf/audit';
import { EventStore } from '@hstf/event-store';
import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';

export interface ExportRequest {
  readonly state: string;
  readonly from: Date;
  readonly to: Date;
  readonly out: string;
  readonly exportedBy: string;
  readonly eventStore: string;
  readonly skewMs: number;
}

/**
 * Writes the events concerning a state recorded in [from, to) as NDJSON, in global order, with a manifest
 * signed by the audit key. An event concerns the state when it was scoped to it, or belongs to an
 * aggregate that was (so a directive's later events stay with it). Each stream's part is anchored by the
 * `prevHash` of its first exported event, so a reader verifies the chain without the events before it.
 */
export async function exportBundle(
  store: EventStore,
  key: AuditKey,
  request: ExportRequest,
  onEvent?: (position: bigint, read: number) => void,
): Promise<ExportManifest> {
  await mkdir(request.out, { recursive: true });
  if ((await readdir(request.out)).length > 0) throw new Error(`${request.out} is not empty`);
  const head = await store.headPosition();
  const file = createWriteStream(join(request.out, EVENTS_FILE), { flags: 'wx' });
  const digest = createHash('sha256');
  const heads = new ChainHeads();
  const touched = new Set<string>();
  const stop = asOfTime(request.to, request.skewMs);
  let bytes = 0;
  let read = 0;
  const write = (line: string) => {
    const chunk = Buffer.from(`${line}\n`, 'utf8');
    digest.update(chunk);
    bytes += chunk.length;
    return file.write(chunk);
  };
  try {
    scan: for await (const page of logPages(store, { filter: { streamPrefixes: DOMAIN_STREAM_PREFIXES } })) {
      for (const event of page) {
        if (beyondCut(stop, event)) break scan;
        onEvent?.(event.globalPosition, ++read);
        if (!touched.has(event.streamId) && !scopeStatesOf(event).includes(request.state)) continue;
        touched.add(event.streamId);
        const at = event.recordedAt.getTime();
        if (at < request.from.getTime() || at >= request.to.getTime()) continue;
        heads.add(event);
        if (!write(toExportLine(event)))
          await new Promise<void>((resolve) => file.once('drain', () => resolve()));
      }
    }
  } finally {
    file.end();
    await finished(file);
  }
  const counts = heads.counts();
  const body: ExportManifestBody = {
    format: EXPORT_FORMAT,
    state: request.state,
    from: request.from.toISOString(),
    to: request.to.toISOString(),
    exportedAt: new Date().toISOString(),
    exportedBy: request.exportedBy,
    source: { eventStore: request.eventStore, headPosition: head.toString() },
    counts,
    files: [{ name: EVENTS_FILE, sha256: digest.digest('hex'), bytes, lines: counts.events }],
    chains: heads.list(),
  };
  const manifest: ExportManifest = { ...body, signature: signDocument(body, key.privateKey, key.publicKey) };
  await writeFile(join(request.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return manifest;
}
