export * from './events/projected-event';
export * from './events/from-message';
export * from './events/from-recorded-event';
export * from './definition/projection';
export * from './definition/read-model-writer';
export * from './rows/task-force-row';
export * from './rows/tasking-row';
export * from './rows/directive-row';
export * from './rows/commitment-row';
export * from './rows/report-row';
export * from './rows/incident-row';
export * from './rows/tally-counts';
export * from './rows/forfeiture-row';
export * from './rows/ledger-totals';
export * from './inbox/inbox-item';
export * from './inbox/inbox-entries';
export * from './feed/feed-audiences';
export * from './feed/feed-item';
export * from './feed/summarize-event';
export * from './projections/all-projections';
export { stateBoardProjection } from './projections/state-board/state-board.projection';
export { agencyInboxProjection } from './projections/agency-inbox/agency-inbox.projection';
export { feedProjection } from './projections/feed/feed.projection';
export { talliesProjection } from './projections/tallies/tallies.projection';
export { remissionLedgerProjection } from './projections/remission-ledger/remission-ledger.projection';
export * from './runner/refusals';
export * from './runner/projection-logger';
export * from './runner/projection-runner';
export * from './runner/start-projector';
export type { ApplyOptions, ApplyOutcome, SourceOffset } from './runner/apply-to-table-set';
export type { DeadLetter, NewDeadLetter } from './dead-letters/dead-letter';
export * from './dead-letters/retry-dead-letters';
export * from './metrics/projection-metrics';
export * from './sources/fan-out-source';
export * from './sources/event-store-source';
export * from './rebuild/rebuild-projection';
export * from './rebuild/rebuild-errors';
export * from './queries/read-model-queries';
export * from './queries/read-model-unavailable';
export type { StateBoard, AwaitingDirective } from './queries/board-query';
export type { AgencyInbox, InboxDirective, InboxOptions } from './queries/inbox-query';
export type { NationalOverview, StateOverview } from './queries/overview-query';
export { FEED_ITEMS_ARE_CURRENT, type FeedEntry, type FeedOptions } from './queries/feed-query';
export type { Page, PageRequest, TaskingFilter, DirectiveFilter } from './queries/list-queries';
export type { CommitmentTotals } from './queries/commitment-totals';
export type { ProjectionStatus } from './queries/position-queries';
export {
  PRESS_LABELS,
  TALLIES,
  type AsOf,
  type ChargingDocumentFigure,
  type DocketFigure,
  type PressFigure,
  type PressSummary,
  type PressSummaryRequest,
  type Tally,
  type TallyOptions,
  type TallySource,
} from './queries/tally-query';
export {
  LEDGER_NOTICE,
  REMISSION_LEDGER,
  type LedgerFigures,
  type RemissionLedger,
  type StateLedgerFigures,
} from './queries/remission-ledger-query';
export { readVersions } from './store/read-model-catalog';
export type { ProjectionVersion } from './store/read-model-catalog';
export * from './access/readable-rows';
export * from './tokens';
export { victimServicesProjection } from './projections/victim-services/victim-services.projection';
export { VICTIM_SERVICES } from './queries/victim-services-query';
export type { VictimServicesState } from './queries/victim-services-query';
export { outreachProjection } from './projections/outreach/outreach.projection';
export * from './rows/outreach-figures';
export {
  NATIONAL_OUTREACH,
  stateOutreach,
  type CampaignRow,
  type LinkedTip,
  type SeminarRow,
} from './rows/outreach-rows';
export {
  OUTREACH,
  type CampaignFilter,
  type CampaignList,
  type CampaignSummary,
  type OutreachFiguresAnswer,
  type SeminarSummary,
} from './queries/outreach-query';
