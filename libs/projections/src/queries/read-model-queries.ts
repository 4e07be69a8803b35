import type { SqlClient } from '@hstf/event-store';
import { agencyInbox, AgencyInbox, InboxOptions } from './inbox-query';
import { stateBoard, StateBoard } from './board-query';
import { feed, FeedEntry, FeedOptions } from './feed-query';
import { DirectiveFilter, listDirectives, listTaskings, Page, TaskingFilter } from './list-queries';
import { nationalOverview, NationalOverview } from './overview-query';
import {
  appliedStreamPosition,
  projectionPosition,
  projectionStatuses,
  ProjectionStatus,
} from './position-queries';
import { fromReadModel } from './read-model-unavailable';
import { inSnapshot } from './snapshot';
import { REMISSION_LEDGER, remissionLedger, RemissionLedger } from './remission-ledger-query';
import { VICTIM_SERVICES, victimServicesSummary, VictimServicesState } from './victim-services-query';
import {
  CampaignFilter,
  CampaignList,
  OUTREACH,
  outreachCampaigns,
  outreachFigures,
  OutreachFiguresAnswer,
} from './outreach-query';
import {
  pressSummary,
  PressSummary,
  PressSummaryRequest,
  TALLIES,
  tally,
  Tally,
  TallyOptions,
} from './tally-query';
import { DirectiveRow } from '../rows/directive-row';
import { TaskingRow } from '../rows/tasking-row';
import { DeadLetter, liveDeadLetters } from '../dead-letters/dead-letter';

export interface WaitOptions {
  readonly timeoutMs?: number;
  readonly pollMs?: number;
}

/**
 * What the API asks of the read models. Reads go through the projections' views, so a rebuild's switch
 * is invisible here; `clock` decides which directives have expired (tests pin it). Given a driver rather
 * than a bare client, reads of several statements (board, overview) see one snapshot.
 */
export class ReadModelQueries {
  constructor(
    private readonly sql: SqlClient,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  board(state: string): Promise<StateBoard> {
    return fromReadModel('state_board', () =>
      inSnapshot(this.sql, (tx) => stateBoard(tx, state, this.clock())),
    );
  }

  overview(): Promise<NationalOverview> {
    return fromReadModel('state_board', () =>
      inSnapshot(this.sql, (tx) => nationalOverview(tx, this.clock())),
    );
  }

  inbox(agency: string, options?: InboxOptions): Promise<AgencyInbox> {
    return fromReadModel('agency_inbox', () => agencyInbox(this.sql, agency, options));
  }

  feed(audience: string, options?: FeedOptions): Promise<FeedEntry[]> {
    return fromReadModel('feed', () => feed(this.sql, audience, options));
  }

  taskings(filter: TaskingFilter = {}): Promise<Page<TaskingRow>> {
    return fromReadModel('state_board', () => listTaskings(this.sql, filter));
  }

  directives(filter: DirectiveFilter = {}): Promise<Page<DirectiveRow>> {
    return fromReadModel('state_board', () => listDirectives(this.sql, filter));
  }

  /**
   * A tally ('national', 'state:TX', 'agency:FBI'): its figures per tier and the first page of the
   * incidents behind them, with the position they were read at, all on one snapshot.
   */
  tally(scope: string, options?: TallyOptions): Promise<Tally> {
    return fromReadModel(TALLIES, () => inSnapshot(this.sql, (tx) => tally(tx, scope, options)));
  }

  /** The figures of the reports of a period, and of a state, labelled for the press. */
  pressSummary(request: PressSummaryRequest = {}): Promise<PressSummary> {
    return fromReadModel(TALLIES, () => inSnapshot(this.sql, (tx) => pressSummary(tx, request)));
  }

  /**
   * The forfeiture and remission ledger: the nation's with each state's (no state given) or one state's,
   * each tier apart, with the position it was read at.
   */
  /** Referrals per state by channel and status: counts of victims' records, never the records. */
  victimServices(state?: string): Promise<VictimServicesState[]> {
    return fromReadModel(VICTIM_SERVICES, () => victimServicesSummary(this.sql, state));
  }

  remissionLedger(state?: string): Promise<RemissionLedger> {
    return fromReadModel(REMISSION_LEDGER, () => inSnapshot(this.sql, (tx) => remissionLedger(tx, state)));
  }

  /** Outreach campaigns with their figures and where their tips led, in pages, as the caller may read them. */
  outreachCampaigns(filter: CampaignFilter = {}): Promise<CampaignList> {
    return fromReadModel(OUTREACH, () => inSnapshot(this.sql, (tx) => outreachCampaigns(tx, filter)));
  }

  /** The outreach figures of the nation (with each state's) or of a state (with its latest seminars). */
  outreachFigures(state?: string): Promise<OutreachFiguresAnswer> {
    return fromReadModel(OUTREACH, () => inSnapshot(this.sql, (tx) => outreachFigures(tx, state)));
  }

  /**
   * Highest global position the projection has applied (-1 before any). From the store's subscription or
   * a one-partition topic every position below it is applied too; from a topic of several partitions,
   * which Kafka delivers in no global order, only `streamPosition` is exact.
   */
  position(projection: string): Promise<bigint> {
    return projectionPosition(this.sql, projection);
  }

  /** Last position of one stream the projection has applied: exact for read-your-writes of one command. */
  streamPosition(projection: string, streamId: string): Promise<bigint | undefined> {
    return appliedStreamPosition(this.sql, projection, streamId);
  }

  statuses(): Promise<ProjectionStatus[]> {
    return projectionStatuses(this.sql);
  }

  /** Events the live read models are missing because their projection could not apply them. */
  deadLetters(): Promise<DeadLetter[]> {
    return fromReadModel('dead letters', () => liveDeadLetters(this.sql));
  }

  /**
   * Waits until the projection reached `position`; false when it did not within the time, so the caller
   * can say plainly that the read model is not caught up yet.
   */
  async waitForPosition(projection: string, position: bigint, options: WaitOptions = {}): Promise<boolean> {
    return this.waitUntil(async () => (await this.position(projection)) >= position, options);
  }

  /**
   * Waits until the projection has applied this event of a stream. Exact however its source is
   * partitioned: a stream's events are applied in their order, whatever other streams' events were
   * applied before them.
   */
  async waitForEvent(
    projection: string,
    event: { readonly streamId: string; readonly streamPosition: bigint },
    options: WaitOptions = {},
  ): Promise<boolean> {
    return this.waitUntil(async () => {
      const applied = await this.streamPosition(projection, event.streamId);
      return applied !== undefined && applied >= event.streamPosition;
    }, options);
  }

  private async waitUntil(reached: () => Promise<boolean>, options: WaitOptions): Promise<boolean> {
    const { timeoutMs = 2000, pollMs = 20 } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await reached()) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(pollMs, Math.max(deadline - Date.now(), 1))),
      );
    }
  }
}
