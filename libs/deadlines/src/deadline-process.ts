import { DIRECTIVE_STREAM_PREFIX, describeAddressee } from '@hstf/domain';
import { AllFilter, EventStore, RecordedEvent, Subscription } from '@hstf/event-store';
import { Clock } from './clock';
import { CoalescedRun } from './coalesced-run';
import { DeadlineSchedule } from './deadline-schedule';
import { dueAcknowledgements } from './due-acknowledgements';
import { OverdueMarker } from './overdue-marker';

const DIRECTIVE_EVENTS: AllFilter = { streamPrefixes: [DIRECTIVE_STREAM_PREFIX] };

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
  /** Events folded per transaction while catching up. */
  readonly pageSize?: number;
  /** Pause before following again after the store or the database failed. */
  readonly retryMs?: number;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The acknowledgement-deadline process manager: follows the store's directive events from the schedule's
 * checkpoint, folds them into the schedule, and marks each addressee whose deadline the clock has passed.
 * Several may run at once (API replicas): they fold in turns and send the same commands with the same ids,
 * so each late addressee is marked once per revision whichever sends first.
 */
export class DeadlineProcess {
  /** Directive events this process folded into the schedule since it started (others' are skipped). */
  folded = 0;
  private stopped = false;
  private following?: Promise<void>;
  private subscription?: Subscription;
  private timer?: NodeJS.Timeout;
  private wakeUp?: () => void;
  private readonly checks = new CoalescedRun(() => this.markDue());

  constructor(private readonly options: DeadlineProcessOptions) {}

  start(): void {
    this.following = this.follow();
    this.timer = setInterval(() => void this.checkDeadlines(), this.options.tickMs);
    this.timer.unref();
  }

  /** Waits for the event being folded and the check under way; nothing is sent after it returns. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.wakeUp?.();
    await this.subscription?.close();
    await this.following;
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

  private async follow(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.catchUpThenFollow();
      } catch (error) {
        if (this.stopped) return;
        this.options.log.warn({ msg: 'following directive events failed; resuming', error: reason(error) });
        await this.pause(this.options.retryMs ?? 1_000);
      }
    }
  }

  private async catchUpThenFollow(): Promise<void> {
    const { store, schedule } = this.options;
    const pageSize = this.options.pageSize ?? 500;
    let after = await schedule.checkpoint();
    for (;;) {
      const page = await store.readAll({ after, maxCount: pageSize, filter: DIRECTIVE_EVENTS });
      if (this.stopped || page.length === 0) break;
      await this.fold(page);
      after = page[page.length - 1].globalPosition;
      if (page.length < pageSize) break;
    }
    void this.checkDeadlines();
    if (this.stopped) return;
    const subscription = store.subscribe({ from: after ?? 'start', filter: DIRECTIVE_EVENTS });
    this.subscription = subscription;
    if (this.stopped) return void (await subscription.close());
    for await (const event of subscription) {
      await this.fold([event]);
      void this.checkDeadlines();
    }
    // Only close() should end a live subscription; anything else is resumed after a pause, not in a spin.
    if (!this.stopped) throw new Error('the subscription to directive events ended');
  }

  private async fold(events: readonly RecordedEvent[]): Promise<void> {
    this.folded += await this.options.schedule.fold(events);
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
