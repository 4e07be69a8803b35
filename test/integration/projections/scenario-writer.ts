import { randomUUID } from 'node:crypto';
import {
  chainEvents,
  envelopeDecision,
  eventRegistry,
  EventTypeRegistry,
  GENESIS_HASH,
  toNewEvent,
} from '@hstf/contracts';
import { Command, CommandMeta, Decider, Event } from '@hstf/domain';
import type { EventStore } from '@hstf/event-store';

interface StreamHead {
  readonly state: unknown;
  readonly revision: bigint | 'no_stream';
  readonly hash: string;
}

/**
 * Decides commands with the real deciders and appends what they decide, enveloped and hash-chained as the
 * API's command path does, so the store holds what production would. The clock moves a few minutes per
 * command; `jumpTo` moves it past a deadline.
 */
export class ScenarioWriter {
  private readonly heads = new Map<string, StreamHead>();
  private time: number;
  appended = 0;
  /** Global position of the last event appended. */
  lastPosition = -1n;

  constructor(
    private readonly store: EventStore,
    start = '2026-11-20T08:00:00.000Z',
  ) {
    this.time = Date.parse(start);
  }

  /** The meta of the next command: the clock moves on by seven minutes. */
  meta(actorAgency?: string): CommandMeta {
    this.time += 7 * 60_000;
    const now = new Date(this.time).toISOString();
    return actorAgency === undefined ? { now } : { now, actorAgency };
  }

  /** An instant relative to the writer's clock. */
  inHours(hours: number): string {
    return new Date(this.time + hours * 3_600_000).toISOString();
  }

  jumpTo(iso: string): void {
    this.time = Date.parse(iso);
  }

  state<S>(decider: { readonly initialState: S }, streamId: string): S {
    return (this.heads.get(streamId)?.state as S | undefined) ?? decider.initialState;
  }

  async run<C extends Command, E extends Event, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
  ): Promise<void> {
    if (!(await this.tryRun(decider, streamId, command))) {
      const refusal = decider.decide(command, this.state(decider, streamId));
      throw new Error(`scenario: ${command.type} refused: ${refusal.ok ? '' : refusal.error.message}`);
    }
  }

  /** Appends what the decider decides, or nothing when it refuses; says which. */
  async tryRun<C extends Command, E extends Event, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
  ): Promise<boolean> {
    const head = this.heads.get(streamId) ?? {
      state: decider.initialState,
      revision: 'no_stream',
      hash: GENESIS_HASH,
    };
    const stateBefore = head.state as S;
    const decision = decider.decide(command, stateBefore);
    if (!decision.ok) return false;
    const commandId = randomUUID();
    const drafts = envelopeDecision({
      registry: eventRegistry as unknown as EventTypeRegistry<E>,
      decider,
      stateBefore,
      streamId,
      events: decision.events,
      metadata: {
        actor: {
          sub: `${command.meta.actorAgency ?? 'operator'}@scenario`,
          role: command.meta.actorAgency ? 'liaison' : 'operator',
          ...(command.meta.actorAgency ? { agency: command.meta.actorAgency } : {}),
        },
        commandId,
        correlationId: commandId,
        causationId: commandId,
        occurredAt: command.meta.now,
      },
    });
    const start = head.revision === 'no_stream' ? 0n : head.revision + 1n;
    const chained = chainEvents(head.hash, start, drafts);
    const result = await this.store.append(streamId, chained.map(toNewEvent), head.revision);
    this.heads.set(streamId, {
      state: decision.events.reduce(decider.evolve, stateBefore),
      revision: result.nextExpectedRevision,
      hash: chained[chained.length - 1].metadata.hash,
    });
    this.appended += chained.length;
    if (result.position > this.lastPosition) this.lastPosition = result.position;
    return true;
  }
}
