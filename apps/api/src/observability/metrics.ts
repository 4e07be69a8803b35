import { collectProcessMetrics } from '@hstf/messaging';
import type { PostgresDriver } from '@hstf/event-store';
import { Counter, Histogram, Registry } from 'prom-client';
import { DomainRefusal, problemOfRefusal } from '../commands/refusals';
import { ProblemError } from '../http/problem';

/** Prometheus metrics of the API, on a registry of its own so tests can create several apps. */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'hstf_commands_total',
    help: 'Commands handled, by command type and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly commandDuration = new Histogram({
    name: 'hstf_command_duration_seconds',
    help: 'Time from a command reaching the command path to its answer',
    labelNames: ['command'] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** Every answer, also those no command or query sees: 400, 401, 404, 413, 415 and 5xx. */
  readonly requests = new Counter({
    name: 'hstf_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'hstf_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectProcessMetrics(this.registry, 'hstf_api_');
  }

  /**
   * Statements sent to the SQL database (on PGlite and PostgreSQL, the store's own): the round trips of
   * commands, reads, the access log and, on the embedded profile, the projections.
   */
  countStatements(sql: Pick<PostgresDriver, 'statements'>): void {
    let counted = 0;
    new Counter({
      name: 'hstf_db_statements_total',
      help: 'Statements sent to the SQL database beside the store (the store itself on PGlite and PostgreSQL)',
      registers: [this.registry],
      collect() {
        const now = sql.statements();
        this.inc(now - counted);
        counted = now;
      },
    });
  }

  /** Times a command and counts its outcome: accepted, replayed, or the HTTP status it was refused with. */
  async observe<T extends { replayed: boolean }>(command: string, run: () => Promise<T>): Promise<T> {
    const stop = this.commandDuration.startTimer({ command });
    try {
      const result = await run();
      this.commands.inc({ command, outcome: result.replayed ? 'replayed' : 'accepted' });
      return result;
    } catch (error) {
      const status = refusedStatus(error);
      this.commands.inc({ command, outcome: status ? `refused_${status}` : 'error' });
      throw error;
    } finally {
      stop();
    }
  }
}

/** The status a refused command was answered with; undefined for a failure (it answers 500). */
function refusedStatus(error: unknown): number | undefined {
  if (error instanceof ProblemError) return error.problem.status;
  if (error instanceof DomainRefusal) return problemOfRefusal(error.refusal).status;
  return undefined;
}
