import type { CommandType, SystemCommandType } from '@hstf/auth';
import type { Command, DomainError, Event } from '@hstf/domain';
import type { AggregateDefinition } from './aggregates';
import type { CommandContext } from './command-context';
import type { LoadedStream } from './stream-loader';

/** What a request hands the command path: the route's parameters, the validated body and who sends it. */
export interface CommandRequest<B = unknown> {
  readonly params: Readonly<Record<string, string>>;
  readonly body: B;
  readonly context: CommandContext;
  /** The decision's clock; the deadline process passes the instant it checked. */
  readonly now?: Date;
}

/** The request with the aggregate id resolved (a create without a client-chosen id gets a derived one). */
export interface ResolvedRequest<B = unknown> extends CommandRequest<B> {
  readonly id: string;
}

/** Loads another aggregate's stream: the one way a command reads beyond its own aggregate. */
export type LoadAggregate = <C extends Command, E extends Event, S>(
  aggregate: AggregateDefinition<C, E, S>,
  id: string,
) => Promise<LoadedStream<S>>;

export interface AgencyField {
  readonly field: string;
  readonly code: string;
}

type Data<C extends Command, T extends C['type']> = Extract<C, { type: T }>['data'];

/**
 * One row of an aggregate's command table: everything the one command path needs to know about a command
 * besides its decider. The `type` is the domain command's registered type string: it authorizes, it names
 * the access record and the metrics, and nothing anywhere dispatches on a class name.
 */
export interface CommandSpec<
  C extends Command = Command,
  T extends C['type'] = C['type'],
  B = never,
  S = unknown,
  X = undefined,
> {
  readonly type: T & (CommandType | SystemCommandType);
  /** `METHOD /template` as routed; commands the server sends itself have none. */
  readonly route?: string;
  /** The success status the route answers. */
  readonly status?: 200 | 201;
  /** A command that changes who may do what: its access record is a `permission-change`. */
  readonly permissionChange?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the row does not need the event type
  readonly aggregate: AggregateDefinition<C, any, S>;
  /** 'create' starts a stream; 'update' answers 404 when there is none (or the caller may not read it). */
  readonly mode: 'create' | 'update';
  readonly id: (request: CommandRequest<B>) => string;
  /** The agency the command is done for, when the request names one; otherwise the actor's own. */
  readonly actsFor?: (request: CommandRequest<B>) => string | undefined;
  /** A refusal of the domain's that needs no stream, asked once the caller is authorized. */
  readonly refuses?: (request: ResolvedRequest<B>) => DomainError | undefined;
  /** Agency codes the request names, checked against the catalog once the caller is authorized. */
  readonly agencies?: (body: B) => readonly AgencyField[];
  /**
   * What the decider needs from other aggregates (co-leads, members), read in every attempt of the retry
   * loop, so that a decision never rests on context older than the state it is decided on.
   */
  readonly context?: (load: LoadAggregate, request: ResolvedRequest<B>, state: S) => Promise<X>;
  /** The domain command's data, from the request and the context read for this attempt. */
  readonly data: (request: ResolvedRequest<B>, context: X) => Data<C, T>;
  /** An aggregate the new events continue the trail of, when their own stream has none yet. */
  readonly continues?: (
    data: Data<C, T>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate's trail
  ) => { aggregate: AggregateDefinition<any, any, any>; id: string } | undefined;
  /** Where the created aggregate is read (the 201's Location). */
  readonly location?: (id: string) => string;
  /** Fields the answer adds for the client (the delivery id the API chose). */
  readonly answers?: (request: ResolvedRequest<B>) => Readonly<Record<string, string>>;
}

/** The id of an existing aggregate, as its route names it (`:id`); instantiated with the row's body. */
export const idParam = <B>({ params }: CommandRequest<B>): string => params.id;

/** A table row with its types erased, as the command path and the route index hold it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different commands in one table
export type AnyCommandSpec = CommandSpec<any, any, any, any, any>;

/**
 * The row builder of one aggregate's table: pins the aggregate and lets TypeScript pair each command type
 * with its data, its body and its context.
 */
export const commandsOf =
  <C extends Command, E extends Event, S>(aggregate: AggregateDefinition<C, E, S>) =>
  <T extends C['type'], B = never, X = undefined>(
    type: CommandSpec<C, T, B, S, X>['type'],
    row: Omit<CommandSpec<C, T, B, S, X>, 'type' | 'aggregate'>,
  ): CommandSpec<C, T, B, S, X> => ({ type, aggregate, ...row });
