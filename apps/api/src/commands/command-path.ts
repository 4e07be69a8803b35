import { Inject, Injectable } from '@nestjs/common';
import {
  ActorRef,
  chainEvents,
  envelopeDecision,
  eventRegistry,
  EventTypeRegistry,
  toNewEvent,
} from '@hstf/contracts';
import { authorizeCommand, CommandType, isAllowedRole } from '@hstf/auth';
import { Command, Event, mayRead } from '@hstf/domain';
import { EventStore, NewEvent, RecordedEvent, WrongExpectedRevision } from '@hstf/event-store';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { conflict, forbidden, idTaken, unprocessable } from '../http/problem';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { ApiMetrics } from '../observability/metrics';
import { EVENT_STORE } from '../infrastructure/tokens';
import { notFoundAggregate } from '../queries/aggregate-reader';
import { Readers } from '../queries/readers';
import { AggregateDefinition, AGGREGATES } from './aggregates';
import { CommandContext, CommandOutcome } from './command-context';
import { DomainRefusal } from './refusals';
import { LoadedStream, StreamLoader } from './stream-loader';

interface Provenance {
  readonly correlationId: string;
  readonly causationId: string;
}

export interface CommandOptions {
  /** 'create' starts a stream; 'update' answers 404 when the stream does not exist. */
  readonly mode: 'create' | 'update';
  /** The agency the command is done for, when the request names one (a liaison may act only for its own). */
  readonly actsForAgency?: string;
}

/**
 * The one path from a command to the store: load and fold the stream, decide, compute scope and the hash
 * chain, append with the expected revision. Every command handler goes through here, so every rule about
 * concurrency, idempotency and audit metadata lives in this file.
 */
@Injectable()
export class CommandPath {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loader: StreamLoader,
    private readonly metrics: ApiMetrics,
    private readonly idempotency: IdempotencyKeys,
    private readonly readers: Readers,
  ) {}

  async execute<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    id: string,
    command: C,
    context: CommandContext,
    options: CommandOptions,
  ): Promise<CommandOutcome> {
    return this.metrics.observe(command.type, () => this.runOnce(aggregate, id, command, context, options));
  }

  /** With an Idempotency-Key, the key is claimed store-wide first and released if the command is refused. */
  private async runOnce<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    id: string,
    command: C,
    context: CommandContext,
    options: CommandOptions,
  ): Promise<CommandOutcome> {
    const { idempotencyKey, requestHash } = context;
    if (!idempotencyKey || !requestHash) return this.run(aggregate, id, command, context, options);
    const request = { subject: context.actor.sub, key: idempotencyKey, requestHash };
    const claim = await this.idempotency.claim(request);
    try {
      const outcome = await this.run(aggregate, id, command, context, options);
      if (claim === 'claimed') await this.idempotency.complete(request, outcome.streamId);
      return outcome;
    } catch (error) {
      if (claim === 'claimed') await this.idempotency.release(request);
      throw error;
    }
  }

  private async run<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    id: string,
    command: C,
    context: CommandContext,
    { mode, actsForAgency }: CommandOptions,
  ): Promise<CommandOutcome> {
    // A command that names no agency is done for the actor's own; the decider then checks that agency's
    // relation to the aggregate (addressee, lead, pledging agency) from meta.actorAgency.
    const permission = authorizeCommand(context.actor, command.type as CommandType, {
      actsForAgency: actsForAgency ?? context.actor.agency,
    });
    if (!permission.ok) throw forbidden(permission.reason);
    const reader = context.actor.system ? undefined : await this.readers.of(context.actor);
    for (let attempt = 0; ; attempt++) {
      const stream = await this.loader.load(aggregate, id);
      const earlier = stream.events.filter((event) => event.metadata.commandId === context.commandId);
      if (earlier.length > 0) return replay(earlier, context);
      // What the caller may not read does not exist for it: refusing it by name would say who leads,
      // who pledged or whom a directive addresses.
      const unreadable =
        reader !== undefined &&
        stream.revision !== 'no_stream' &&
        !mayRead(reader, aggregate.decider.scope(stream.state));
      if (mode === 'update' && (stream.revision === 'no_stream' || unreadable))
        throw notFoundAggregate(aggregate.name, id);
      // A new aggregate under an id that one the caller may not read has: the id is taken, and that is
      // all it learns (not who holds it, nor its revision, which counts its events).
      if (mode === 'create' && unreadable) throw idTaken(aggregate.name, id);
      if (context.ifMatch !== undefined && stream.revision !== context.ifMatch) {
        throw conflict(
          `The ${aggregate.name} is at revision ${String(stream.revision)}, not ${context.ifMatch}.`,
          String(stream.revision),
        );
      }
      const decision = aggregate.decider.decide(command, stream.state);
      if (!decision.ok) throw new DomainRefusal(decision.error);
      const origin = await this.provenance(stream, command, context);
      const events = this.toNewEvents(aggregate, stream, decision.events, command, context, origin);
      try {
        const result = await this.store.append(stream.streamId, events, stream.revision);
        return {
          streamId: stream.streamId,
          revision: result.nextExpectedRevision,
          position: result.position,
          eventIds: events.map((e) => e.id),
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision)) throw error;
        // Someone else wrote first. Without If-Match the command is decided again on the new state;
        // with it, the client asked to act on exactly the revision it saw.
        if (context.ifMatch !== undefined || attempt >= this.config.HSTF_COMMAND_RETRIES) {
          // The writer that came first may have made an aggregate this caller may not read: say no more
          // of it than the next attempt would (its revision counts its events).
          const now = await this.loader.load(aggregate, id);
          if (
            reader !== undefined &&
            now.revision !== 'no_stream' &&
            !mayRead(reader, aggregate.decider.scope(now.state))
          ) {
            throw mode === 'create' ? idTaken(aggregate.name, id) : notFoundAggregate(aggregate.name, id);
          }
          throw conflict(
            `The ${aggregate.name} changed while the command was decided.`,
            String(error.actual),
          );
        }
      }
    }
  }

  /**
   * Correlation and causation are the server's, from what the store can prove: a command on an existing
   * aggregate continues that aggregate's correlation and is caused by its latest event; a tasking under a
   * directive continues the directive's; anything else starts a correlation of its own. No client header
   * can graft an event onto another aggregate's trail.
   */
  private async provenance<S>(
    stream: LoadedStream<S>,
    command: Command,
    context: CommandContext,
  ): Promise<Provenance> {
    if (context.provenance) return context.provenance;
    const origin = stream.events.length > 0 ? stream : await this.linkedDirective(command);
    const first = origin?.events[0];
    const last = origin?.events.at(-1);
    if (!first || !last) return { correlationId: context.commandId, causationId: context.commandId };
    return { correlationId: String(first.metadata.correlationId), causationId: last.id };
  }

  private async linkedDirective(command: Command): Promise<LoadedStream<unknown> | undefined> {
    const directiveId = (command.data as { directiveId?: unknown }).directiveId;
    if (command.type !== 'AssignTasking' || typeof directiveId !== 'string') return undefined;
    return this.loader.load(AGGREGATES.directive, directiveId);
  }

  private toNewEvents<C extends Command, E extends Event, S>(
    aggregate: AggregateDefinition<C, E, S>,
    stream: LoadedStream<S>,
    decided: readonly E[],
    command: C,
    context: CommandContext,
    origin: Provenance,
  ): NewEvent[] {
    const drafts = envelopeDecision({
      registry: eventRegistry as unknown as EventTypeRegistry<E>,
      decider: aggregate.decider,
      stateBefore: stream.state,
      streamId: stream.streamId,
      events: decided,
      metadata: {
        actor: actorRef(context, command.type),
        commandId: context.commandId,
        ...origin,
        occurredAt: command.meta.now,
        ...(context.requestHash ? { requestHash: context.requestHash } : {}),
        ...(context.clientRequestId ? { clientRequestId: context.clientRequestId } : {}),
      },
    });
    const firstPosition = stream.revision === 'no_stream' ? 0n : stream.revision + 1n;
    return chainEvents(stream.lastHash, firstPosition, drafts).map(toNewEvent);
  }
}

/** The role the command was allowed under, recorded for the audit trail. */
function actorRef(context: CommandContext, commandType: string): ActorRef {
  const { sub, roles, agency, system } = context.actor;
  if (system) return { sub, role: 'system' };
  const role = roles.find((r) => isAllowedRole(commandType as CommandType, r)) ?? roles[0];
  return { sub, role, ...(agency ? { agency } : {}) };
}

function replay(earlier: readonly RecordedEvent[], context: CommandContext): CommandOutcome {
  const first = earlier[0];
  if (context.requestHash && first.metadata.requestHash !== context.requestHash) {
    throw unprocessable(
      'idempotency-key-reused',
      'Idempotency-Key reused',
      'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    );
  }
  const last = earlier[earlier.length - 1];
  return {
    streamId: first.streamId,
    revision: last.streamPosition,
    position: last.globalPosition,
    eventIds: earlier.map((e) => e.id),
    replayed: true,
  };
}
