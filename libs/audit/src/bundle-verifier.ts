import type { KeyObject } from 'node:crypto';
import { verifyChain } from '@hstf/contracts';
import { ChainHead, ExportFile, ExportManifest, exportManifestSchema, fromExportLine } from './export-bundle';
import { asVerifiable } from './log-verifier';
import { verifyDocument } from './signed-document';

export interface BundleVerification {
  readonly ok: boolean;
  readonly problems: string[];
  readonly events: number;
  readonly streams: number;
  /** The key that signed the manifest, and whether it was the one the verifier was told to trust. */
  readonly signedBy?: { readonly keyId: string; readonly pinned: boolean };
}

interface StreamProgress {
  readonly head: ChainHead;
  next: bigint;
  lastHash: string;
  seen: number;
  broken: boolean;
}

/**
 * Checks an export bundle offline, with nothing but its files and (ideally) the command center's public
 * key: the manifest's signature, each file's size, line count and SHA-256, every exported stream's hash
 * chain from the head the manifest signs to the one it ends at, the counts, and the period. Events are fed
 * one line at a time, so a bundle of any size is checked in constant memory per stream.
 */
export class BundleVerifier {
  readonly problems: string[] = [];
  readonly manifest?: ExportManifest;
  private readonly streams = new Map<string, StreamProgress>();
  private readonly types = new Map<string, number>();
  private signedBy?: { keyId: string; pinned: boolean };
  private events = 0;
  private lastPosition?: bigint;

  constructor(manifest: unknown, trustedKey?: KeyObject) {
    const parsed = exportManifestSchema.safeParse(manifest);
    if (!parsed.success) {
      this.problems.push(
        `manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      return;
    }
    this.manifest = parsed.data;
    const { signature, ...body } = parsed.data;
    const check = verifyDocument(body, signature, trustedKey);
    if (check.ok) this.signedBy = { keyId: check.keyId, pinned: check.pinned };
    else this.problems.push(`manifest signature: ${check.reason}`);
    for (const head of parsed.data.chains) {
      this.streams.set(head.streamId, {
        head,
        next: BigInt(head.first.position),
        lastHash: head.first.prevHash,
        seen: 0,
        broken: false,
      });
    }
  }

  /** One line of the events file, numbered from 1. */
  addLine(line: string, lineNumber: number): void {
    if (!this.manifest) return;
    let event;
    try {
      event = fromExportLine(line);
    } catch (error) {
      this.problems.push(
        `line ${lineNumber}: not an exported event (${(error as Error).message.split('\n')[0]})`,
      );
      return;
    }
    this.events += 1;
    this.types.set(event.type, (this.types.get(event.type) ?? 0) + 1);
    if (this.lastPosition !== undefined && event.globalPosition <= this.lastPosition) {
      this.problems.push(`line ${lineNumber}: event ${event.id} is out of global order`);
    }
    this.lastPosition = event.globalPosition;
    const at = event.recordedAt.getTime();
    if (at < Date.parse(this.manifest.from) || at >= Date.parse(this.manifest.to)) {
      this.problems.push(`line ${lineNumber}: event ${event.id} was recorded outside the exported period`);
    }
    const stream = this.streams.get(event.streamId);
    if (!stream) {
      this.problems.push(`line ${lineNumber}: stream ${event.streamId} is not in the manifest`);
      return;
    }
    stream.seen += 1;
    if (stream.broken) return;
    const check = verifyChain([asVerifiable(event)], { position: stream.next, prevHash: stream.lastHash });
    if (!check.ok) {
      stream.broken = true;
      this.problems.push(
        `line ${lineNumber}: ${event.streamId} at revision ${check.at} (event ${event.id}): ${check.reason}`,
      );
      return;
    }
    stream.next = event.streamPosition + 1n;
    stream.lastHash = check.lastHash;
  }

  /** What was actually read of a file the manifest lists. */
  fileRead(actual: ExportFile | undefined, name: string): void {
    const listed = this.manifest?.files.find((file) => file.name === name);
    if (!listed) return;
    if (!actual) {
      this.problems.push(`${name}: missing`);
      return;
    }
    for (const field of ['bytes', 'lines', 'sha256'] as const) {
      if (actual[field] !== listed[field]) {
        this.problems.push(`${name}: ${field} is ${actual[field]}, the manifest says ${listed[field]}`);
      }
    }
  }

  finish(): BundleVerification {
    const manifest = this.manifest;
    if (manifest) {
      for (const stream of this.streams.values()) {
        if (stream.broken) continue;
        const { head } = stream;
        if (stream.seen !== head.events) {
          this.problems.push(`${head.streamId}: ${stream.seen} events, the manifest says ${head.events}`);
        } else if (
          (stream.next - 1n).toString() !== head.last.position ||
          stream.lastHash !== head.last.hash
        ) {
          this.problems.push(`${head.streamId}: the chain does not end at the head the manifest signs`);
        }
      }
      if (this.events !== manifest.counts.events) {
        this.problems.push(`events: ${this.events} read, the manifest says ${manifest.counts.events}`);
      }
      for (const [type, count] of Object.entries(manifest.counts.byType)) {
        if ((this.types.get(type) ?? 0) !== count) {
          this.problems.push(`${type}: ${this.types.get(type) ?? 0} read, the manifest says ${count}`);
        }
      }
      for (const type of this.types.keys()) {
        if (!(type in manifest.counts.byType)) this.problems.push(`${type}: read, but not in the manifest`);
      }
    }
    return {
      ok: this.problems.length === 0,
      problems: this.problems,
      events: this.events,
      streams: this.streams.size,
      ...(this.signedBy ? { signedBy: this.signedBy } : {}),
    };
  }
}
