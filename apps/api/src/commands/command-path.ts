import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
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
import { EVENT_STORE, EventStore, NewEvent, RecordedEvent, WrongExpectedRevision } from '@hstf/event-store';
import { AccessLog } from '../audit/access-log';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { conflict, forbidden, idTaken, problemReason, unprocessable } from '../http/problem';
import { toProblem } from '../http/problem.filter';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { ApiMetrics } from '../observability/metrics';
import { requestContext } from '../observability/request-context';
import { notFoundAggregate } from '../queries/aggregate-reader';
import { Readers } from '../queries/readers';
import { AgencyCatalog } from '../reference/agency-catalog';
import { commandMeta } from './command-meta';
import { CommandContext, CommandOutcome } from './command-context';
import { AnyCommandSpec, CommandRequest, LoadAggregate, ResolvedRequest } from './command-spec';
import { DomainRefusal } from './refusals';
import { LoadedStream, StreamLoader } from './stream-loader';

interface Provenance {
  readonly correlationId: string;
  readonly causationId: string;
}

/** What a command answers: the outcome, the aggregate's id and what its table row adds. */
export interface CommandResult extends CommandOutcome {
  readonly id: string;
  readonly location?: string;
  readonly answers?: Readonly<Record<string, string>>;
}

/** The one application command on the CommandBus: a row of a command table and the request for it. */
export class SendCommand {
  constructor(
    readonly spec: AnyCommandSpec,
    readonly request: CommandRequest<unknown>,
  ) {}
}

/**
 * The one path from a command to the store: authorize once, load and fold the stream, read the context
 * the decider needs, decide, compute scope and the hash chain, append with the expected revision, and
 * record the command in the access audit. Every rule about authorization, concurrency, idempotency and
 * audit metadata lives in this file; what differs between commands is a row of their aggregate's table.
 */
@Injectable()
export class CommandPath {
  private readonly load: LoadAggregate;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loader: StreamLoader,
    private readonly metrics: ApiMetrics,
    private readonly idempotency: IdempotencyKeys,
    private readonly readers: Readers,
    private readonly catalog: AgencyCatalog,
    private readonly log: AccessLog,
  ) {
    this.load = (aggregate, id) => this.loader.load(aggregate, id);
  }

  async send(spec: AnyCommandSpec, request: CommandRequest<unknown>): Promise<CommandResult> {
    const outcome = this.metrics.observe(spec.type, () => this.runOnce(spec, request));
    return request.context.request ? this.recorded(spec, request, outcome) : outcome;
  }

  /**
   * The command's access record, stored before the answer leaves: a record that cannot be written fails
   * the request rather than leaving it unrecorded. It names the command by its registered type.
   */
  private async recorded(
    spec: AnyCommandSpec,
    { context }: CommandRequest<unknown>,
    outcome: Promise<CommandResult>,
  ): Promise<CommandResult> {
    const facts = {
      type: spec.permissionChange ? ('permission-change' as const) : ('command' as const),
      command: spec.type,
      commandId: context.commandId,
    };
    const record = (settled: { status: number; code?: unknown; reason?: string }, ok: boolean) =>
      this.log.recordCommand(context, spec.route ?? spec.type, {
        ...facts,
        outcome: ok ? 'success' : 'failure',
        status: settled.status,
        ...(typeof settled.code === 'string' ? { code: settled.code } : {}),
        ...(!ok && settled.reason ? { reason: settled.reason } : {}),
      });
    const store = requestContext.getStore();
    if (store) store.commandRecorded = true;
    let result: CommandResult;
    try {
      result = await outcome;
    } catch (error) {
      const problem = toProblem(error);
      await record({ status: problem.status, code: problem.code, reason: problemReason(problem) }, false);
      throw error;
    }
    // Outside the try: a success record that cannot be stored fails the request, and is not recorded again
    // as a refusal of a command whose events are appended.
    await record({ status: spec.status ?? 200 }, true);
    return result;
  }

  /** With an Idempotency-Key, the key is claimed store-wide first and released if the command is refused. */
  private async runOnce(spec: AnyCommandSpec, request: CommandRequest<unknown>): Promise<CommandResult> {
    const { idempotencyKey, requestHash, actor } = request.context;
    if (!idempotencyKey || !requestHash) return this.run(spec, request);
    const key = { subject: actor.sub, key: idempotencyKey, requestHash };
    const claim = await this.idempotency.claim(key);
    try {
      const outcome = await this.run(spec, request);
      if (claim === 'claimed') await this.idempotency.complete(key, outcome.streamId);
      return outcome;
    } catch (error) {
      if (claim === 'claimed') await this.idempotency.release(key);
      throw error;
    }
  }

  private async run(spec: AnyCommandSpec, request: CommandRequest<unknown>): Promise<CommandResult> {
    const { context } = request;
    // One clock reading per command: a retry decides again, but the command happened when it was sent.
    const meta = commandMeta(context, request.now ?? new Date());
    const { aggregate, mode } = spec;
    // A command that names no agency is done for the actor's own; the decider then checks that agency's
    // relation to the aggregate (addressee, lead, pledging agency) from meta.actorAgency.
    const permission = authorizeCommand(context.actor, spec.type, {
      actsForAgency: spec.actsFor?.(request) ?? context.actor.agency,
    });
    if (!permission.ok) throw forbidden(permission.reason);
    const id = spec.id(request);
    const resolved: ResolvedRequest<unknown> = { ...request, id };
    const refusal = spec.refuses?.(resolved);
    if (refusal) throw new DomainRefusal(refusal);
    if (spec.agencies) await this.catalog.assertKnown(spec.agencies(request.body));
    const reader = context.actor.system ? undefined : await this.readers.of(context.actor);
    for (let attempt = 0; ; attempt++) {
      const stream = await this.loader.load(aggregate, id);
      const earlier = stream.events.filter((event) => event.metadata.commandId === context.commandId);
      if (earlier.length > 0) return this.result(spec, resolved, replay(earlier, context));
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
      // Read in every attempt: a retry decides on the new state and on context at least as new.
      const extra: unknown = spec.context ? await spec.context(this.load, resolved, stream.state) : undefined;
      const data = spec.data(resolved, extra) as Command['data'];
      const command: Command = { type: spec.type, data, meta };
      const decision = aggregate.decider.decide(command, stream.state);
      if (!decision.ok) throw new DomainRefusal(decision.error);
      const origin = await this.provenance(spec, stream, data, context);
      const events = toNewEvents(spec, stream, decision.events, command, context, origin);
      try {
        const appended = await this.store.append(stream.streamId, events, stream.revision);
        const outcome: CommandOutcome = {
          streamId: stream.streamId,
          revision: appended.nextExpectedRevision,
          position: appended.position,
          eventIds: events.map((e) => e.id),
          replayed: false,
        };
        return this.result(spec, resolved, outcome);
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

  private result(
    spec: AnyCommandSpec,
    request: ResolvedRequest<unknown>,
    outcome: CommandOutcome,
  ): CommandResult {
    const { id } = request;
    const answers = spec.answers?.(request);
    return {
      ...outcome,
      id,
      ...(spec.location ? { location: spec.location(id) } : {}),
      ...(answers ? { answers } : {}),
    };
  }

  /**
   * Correlation and causation are the server's, from what the store can prove: a command on an existing
   * aggregate continues that aggregate's correlation and is caused by its latest event; a new aggregate
   * whose row names one it continues (a tasking under a directive) continues that one's; anything else
   * starts a correlation of its own. No client header can graft an event onto another aggregate's trail.
   */
  private async provenance(
    spec: AnyCommandSpec,
    stream: LoadedStream<unknown>,
    data: unknown,
    context: CommandContext,
  ): Promise<Provenance> {
    if (context.provenance) return context.provenance;
    const continued = stream.events.length > 0 ? undefined : spec.continues?.(data);
    const origin = continued ? await this.loader.load(continued.aggregate, continued.id) : stream;
    const first = origin.events[0];
    const last = origin.events.at(-1);
    if (!first || !last) return { correlationId: context.commandId, causationId: context.commandId };
    return { correlationId: String(first.metadata.correlationId), causationId: last.id };
  }
}

// After CommandPath: its constructor's parameter types are read when the class is decorated.
/** The one command handler: every command of every aggregate goes through the command path. */
@CommandHandler(SendCommand)
export class SendCommandHandler implements ICommandHandler<SendCommand, CommandResult> {
  constructor(private readonly path: CommandPath) {}

  execute({ spec, request }: SendCommand): Promise<CommandResult> {
    return this.path.send(spec, request);
  }
}

function toNewEvents(
  spec: AnyCommandSpec,
  stream: LoadedStream<unknown>,
  decided: readonly Event[],
  command: Command,
  context: CommandContext,
  origin: Provenance,
): NewEvent[] {
  const drafts = envelopeDecision({
    registry: eventRegistry as unknown as EventTypeRegistry<Event>,
    decider: spec.aggregate.decider,
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
