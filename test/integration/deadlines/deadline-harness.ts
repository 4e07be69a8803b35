import { randomUUID } from 'node:crypto';
import { Actor } from '@hstf/auth';
import { Addressees, DirectiveChanges } from '@hstf/domain';
import { RecordedEvent } from '@hstf/event-store';
import { AccessLog } from '../../../apps/api/src/audit/access-log';
import { CommandContext } from '../../../apps/api/src/commands/command-context';
import { AnyCommandSpec } from '../../../apps/api/src/commands/command-spec';
import { CommandPath } from '../../../apps/api/src/commands/command-path';
import { StreamLoader } from '../../../apps/api/src/commands/stream-loader';
import { loadConfig } from '../../../apps/api/src/config/app-config';
import { CommandPathOverdueMarker } from '../../../apps/api/src/deadlines/command-path-overdue-marker';
import { DIRECTIVE_COMMANDS } from '../../../apps/api/src/directives/directive.commands';
import { DeadlineProcess, DeadlineSchedule } from '@hstf/deadlines';
import { IdempotencyKeys } from '../../../apps/api/src/idempotency/idempotency-keys';
import { ApiMetrics } from '../../../apps/api/src/observability/metrics';
import { CoLedTaskForces } from '../../../apps/api/src/queries/co-led-task-forces';
import { Readers } from '../../../apps/api/src/queries/readers';
import { AgencyCatalog } from '../../../apps/api/src/reference/agency-catalog';
import { Backend } from './deadline-backends';
import { ManualClock } from './manual-clock';

export const OPERATOR: Actor = { sub: 'op-17@test', roles: ['operator'], states: [] };
export const liaison = (agency: string): Actor => ({
  sub: `liaison.${agency}@test`,
  roles: ['liaison'],
  agency,
  states: [],
});

/** The API's command path on one backend, as an API replica builds it. */
export function commandPathOn({ store, sql }: Backend): CommandPath {
  return new CommandPath(
    store,
    loadConfig({}),
    new StreamLoader(store),
    new ApiMetrics(),
    new IdempotencyKeys(sql),
    new Readers(new CoLedTaskForces(sql)),
    new AgencyCatalog(new StreamLoader(store)),
    new AccessLog(store),
  );
}

export interface Instance {
  readonly process: DeadlineProcess;
  readonly schedule: DeadlineSchedule;
  readonly backend: Backend;
}

/** A process manager instance as an API replica runs it, with the test's clock and a silent log. */
export async function startInstance(
  backend: Backend,
  clock: ManualClock,
  options: { tickMs?: number; schedule?: string } = {},
): Promise<Instance> {
  const schedule = await DeadlineSchedule.open(backend.sql, options.schedule ?? 'acknowledgement-deadlines');
  const process = new DeadlineProcess({
    store: backend.store,
    schedule,
    marker: new CommandPathOverdueMarker(commandPathOn(backend)),
    clock,
    log: { log: () => undefined, warn: () => undefined },
    tickMs: options.tickMs ?? 3_600_000,
  });
  process.start();
  return { process, schedule, backend };
}

/** Operators and liaisons acting on directives through the command path, at the test clock's time. */
export class DirectiveDesk {
  /** Correlation id and event id of each directive's issue. */
  readonly issued = new Map<string, { correlationId: string; eventId: string }>();

  constructor(
    private readonly commands: CommandPath,
    private readonly clock: ManualClock,
  ) {}

  async issue(addressees: Addressees, acknowledgeBy: string, expiresAt?: string): Promise<string> {
    const directiveId = randomUUID();
    const context = this.context(OPERATOR);
    const outcome = await this.run(DIRECTIVE_COMMANDS.issue, directiveId, context, {
      directiveId,
      title: 'Surge on southbound I-35 smuggling corridors',
      body: 'Coordinate interdiction at Laredo; report daily.',
      priority: 'priority',
      addressees,
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: this.clock.now().toISOString(),
      acknowledgeBy,
      ...(expiresAt ? { expiresAt } : {}),
    });
    // A directive starts a correlation of its own: its command's id (the command path's provenance).
    this.issued.set(directiveId, { correlationId: context.commandId, eventId: outcome[0] });
    return directiveId;
  }

  async acknowledge(directiveId: string, agency: string): Promise<void> {
    const actor = liaison(agency);
    await this.run(DIRECTIVE_COMMANDS.acknowledge, directiveId, this.context(actor), {
      addressee: { kind: 'agency', code: agency },
    });
  }

  /** Returns the id of the amendment event. */
  async amend(directiveId: string, changes: DirectiveChanges): Promise<string> {
    const [eventId] = await this.run(DIRECTIVE_COMMANDS.amend, directiveId, this.context(OPERATOR), {
      ...changes,
      reason: 'Corridor extended to I-10.',
    });
    return eventId;
  }

  async rescind(directiveId: string): Promise<void> {
    await this.run(DIRECTIVE_COMMANDS.rescind, directiveId, this.context(OPERATOR), {
      reason: 'Operation ended.',
    });
  }

  private context(actor: Actor): CommandContext {
    const commandId = randomUUID();
    return { actor, commandId };
  }

  /** Through the API's command path, with a body as the route's would be after validation. */
  private async run(
    spec: AnyCommandSpec,
    directiveId: string,
    context: CommandContext,
    body: object,
  ): Promise<readonly string[]> {
    const request = { params: { id: directiveId }, body, context, now: this.clock.now() };
    return (await this.commands.send(spec, request)).eventIds;
  }
}

/** Every overdue mark in the store, in global order. */
export async function overdueEvents(backend: Backend): Promise<RecordedEvent[]> {
  return backend.store.readAll({
    maxCount: 10_000,
    filter: { eventTypePrefixes: ['DirectiveAcknowledgementOverdue'] },
  });
}

/** "<directive id> agency FBI r1" for each overdue mark, sorted, duplicates kept. */
export async function marks(backend: Backend): Promise<string[]> {
  const events = await overdueEvents(backend);
  return events
    .map((event) => {
      const { directiveId, addressee, revision } = event.data as {
        directiveId: string;
        addressee: { kind: string; code: string };
        revision: number;
      };
      return `${directiveId} ${addressee.kind} ${addressee.code} r${revision}`;
    })
    .sort();
}

/** Waits until every instance has folded everything in the store. */
export async function caughtUp(...instances: Instance[]): Promise<void> {
  await eventually(async () => {
    for (const { schedule, backend } of instances) {
      const head = await backend.store.headPosition();
      if (head >= 0n && (await schedule.checkpoint()) !== head) return false;
    }
    return true;
  });
}

export async function eventually(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
