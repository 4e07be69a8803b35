import { directiveStreamId } from '@hstf/domain';
import type { RecordedStoredEvent } from '@hstf/contracts';

/** Why an event is on a trail. */
export type TrailLink = 'directive' | 'directiveId' | 'stream' | 'correlation' | 'causation';

export type TrailRoot = { readonly directiveId: string } | { readonly correlationId: string };

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Everything that followed from one directive, or from one correlation id, collected in one forward pass
 * over the log (a consequence is always recorded after its cause):
 * - `directive`: the directive's own stream;
 * - `directiveId`: an event whose data names the directive (a tasking assigned under it), and then
 * - `stream`: every later event of that aggregate (its acceptance, progress, completion);
 * - `correlation`: an event carrying the root's correlation id, or one of the directive's own events';
 * - `causation`: an event caused by an event or a command already on the trail.
 */
export class TrailCollector {
  private readonly rootStream?: string;
  private readonly streams = new Set<string>();
  private readonly correlations = new Set<string>();
  private readonly causes = new Set<string>();

  constructor(readonly root: TrailRoot) {
    if ('directiveId' in root) this.rootStream = directiveStreamId(root.directiveId);
    else this.correlations.add(root.correlationId);
  }

  /** Returns the link that puts the event on the trail, or undefined; remembers what it links onward. */
  consider(event: RecordedStoredEvent): TrailLink | undefined {
    const link = this.linkOf(event);
    if (link === undefined) return undefined;
    const { metadata } = event;
    this.causes.add(event.id);
    const commandId = text(metadata.commandId);
    if (commandId) this.causes.add(commandId);
    if (link === 'directive') {
      const correlationId = text(metadata.correlationId);
      if (correlationId) this.correlations.add(correlationId);
    }
    if (link === 'directiveId') this.streams.add(event.streamId);
    return link;
  }

  private linkOf(event: RecordedStoredEvent): TrailLink | undefined {
    if (event.streamId === this.rootStream) return 'directive';
    const directiveId = text((event.data as { directiveId?: unknown } | null)?.directiveId);
    if (this.rootStream && directiveId && directiveStreamId(directiveId) === this.rootStream)
      return 'directiveId';
    if (this.streams.has(event.streamId)) return 'stream';
    const correlationId = text(event.metadata.correlationId);
    if (correlationId && this.correlations.has(correlationId)) return 'correlation';
    const causationId = text(event.metadata.causationId);
    if (causationId && this.causes.has(causationId)) return 'causation';
    return undefined;
  }
}
