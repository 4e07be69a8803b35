import { DIRECTIVE_STREAM_PREFIX, describeAddressee } from '@hstf/domain';
import { EventStore, LogConsumer, LogFollower } from '@hstf/event-store';
import { Clock } from './clock';
import { CoalescedRun } from './coalesced-run';
import { DeadlineSchedule } from './deadline-schedule';
import { dueAcknowledgements } from './due-acknowledgements';
import { OverdueMarker } from './overdue-marker';

/** Where the process reports; Nest's Logger fits, and so does a test's silent sink. */
export interface DeadlineLog {
  log(message: object): void;
  warn(message: object): void;
}

export interface DeadlineProcessOptions {
  readonly store: EventStore;
  readonly schedule: DeadlineSchedule;
  readonly marker: OverdueMarker;
  readonly clock: Clock;
  readonly log: DeadlineLog;
  /** Deadlines are checked after every event folded and at least this often. */
  readonly tickMs: number;
  /** Events folded per transaction while catching up, on a follower of its own (not a shared one). */
  readonly pageSize?: number;
  /** First pause after the store or the database failed, on a follower of its own (not a shared one). */
  readonly retryMs?: number;
  /**
   * The log follower it joins: the embedded API's, whose one subscription also feeds the projections.
   * Without one it follows the store on a follower of its own.
   */
  readonly follower?: LogFollower;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The acknowledgement-deadline process manager: a consumer of the global log (LogFollower) that folds the
 * directive events after the schedule's checkpoint into the schedule, a batch per transaction, and marks
 * each addressee whose deadline the clock has passed.
 * Several may run at once (API replicas): they fold in turns and send the same commands with the same ids,
 * so each late addressee is marked once per revision whichever sends first.
 */
export class DeadlineProcess {
  /** Directive events this process folded into the schedule since it started (others' are skipped). */
  folded = 0;
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private readonly checks = new CoalescedRun(() => this.markDue());
  private readonly follower: LogFollower;
  /** The follower is this process's own: it starts and stops it. */
  private readonly ownsFollower: boolean;

  /** What the log follower hands the process: directive events after the schedule's checkpoint. */
  readonly consumer: LogConsumer = {
    name: 'acknowledgement-deadlines',
    streamPrefixes: [DIRECTIVE_STREAM_PREFIX],
    checkpoint: async () => (await this.options.schedule.checkpoint()) ?? -1n,
    apply: async (events) => {
      if (this.stopped) return;
      this.folded += await this.options.schedule.fold(events);
      void this.checkDeadlines();
    },
  };

  constructor(private readonly options: DeadlineProcessOptions) {
    this.ownsFollower = options.follower === undefined;
    this.follower =
      options.follower ??
      new LogFollower(options.store, {
        batchSize: options.pageSize,
        retryDelayMs: options.retryMs ?? 1_000,
        logger: followLogger(options.log),
      });
  }

  start(): void {
    this.follower.add(this.consumer);
    if (this.ownsFollower) this.follower.start();
    // The schedule as stored may already hold due deadlines: a mark is a command, decided on the
    // directive's current state, so checking before the catch-up is over marks nothing answered.
    void this.checkDeadlines();
    this.timer = setInterval(() => void this.checkDeadlines(), this.options.tickMs);
    this.timer.unref();
  }

  /** Waits for the batch being folded and the check under way; nothing is sent after it returns. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.follower.remove(this.consumer);
    if (this.ownsFollower) await this.follower.stop();
    await this.checks.idle();
  }

  /** Marks every addressee due at the clock's time; checks never overlap (see CoalescedRun). */
  checkDeadlines(): Promise<void> {
    return this.checks.request();
  }

  private async markDue(): Promise<void> {
    if (this.stopped) return;
    const { schedule, marker, clock, log } = this.options;
    const now = clock.now();
    let directives;
    try {
      directives = await schedule.dueBy(now);
    } catch (error) {
      log.warn({ msg: 'acknowledgement deadlines could not be read', error: reason(error) });
      return;
    }
    for (const due of directives.flatMap((directive) => dueAcknowledgements(directive, now))) {
      if (this.stopped) return;
      const about = {
        directiveId: due.directiveId,
        addressee: describeAddressee(due.addressee),
        revision: due.revision,
        acknowledgeBy: due.acknowledgeBy,
      };
      try {
        const outcome = await marker.mark(due, now);
        if (outcome.kind === 'marked') {
          log.log({ msg: 'acknowledgement overdue', ...about, eventId: outcome.eventId });
        }
      } catch (error) {
        log.warn({ msg: 'overdue mark failed; retried at the next check', ...about, error: reason(error) });
      }
    }
  }
}

function followLogger(log: DeadlineLog) {
  const line = (msg: string, fields?: Record<string, unknown>) => ({ msg, ...fields });
  return {
    info: (msg: string, fields?: Record<string, unknown>) => log.log(line(msg, fields)),
    warn: (msg: string, fields?: Record<string, unknown>) => log.warn(line(msg, fields)),
    error: (msg: string, fields?: Record<string, unknown>) => log.warn(line(msg, fields)),
  };
}
