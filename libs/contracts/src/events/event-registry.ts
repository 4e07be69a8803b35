import type {
  AgencyEvent,
  CommitmentEvent,
  DirectiveEvent,
  ForfeitureEvent,
  OutreachEvent,
  ReferralEvent,
  ReportEvent,
  TaskForceEvent,
  TaskingEvent,
} from '@hstf/domain';
import { EventTypeRegistry } from '../registry/event-type-registry';
import { AGENCY_EVENT_SCHEMAS } from './agency.schemas';
import { COMMITMENT_EVENT_SCHEMAS } from './commitment.schemas';
import { DIRECTIVE_EVENT_SCHEMAS } from './directive.schemas';
import { FORFEITURE_EVENT_SCHEMAS } from './forfeiture.schemas';
import { OUTREACH_EVENT_SCHEMAS } from './outreach.schemas';
import { REFERRAL_EVENT_SCHEMAS } from './referral.schemas';
import { REPORT_EVENT_SCHEMAS } from './report.schemas';
import { TASK_FORCE_EVENT_SCHEMAS } from './task-force.schemas';
import { TASKING_EVENT_SCHEMAS } from './tasking.schemas';

/** Every event the domain decides, across aggregates. */
export type HstfEvent =
  | AgencyEvent
  | TaskForceEvent
  | DirectiveEvent
  | TaskingEvent
  | CommitmentEvent
  | ReportEvent
  | ForfeitureEvent
  | ReferralEvent
  | OutreachEvent;

const registry = new EventTypeRegistry<HstfEvent>();
for (const schemas of [
  AGENCY_EVENT_SCHEMAS,
  TASK_FORCE_EVENT_SCHEMAS,
  DIRECTIVE_EVENT_SCHEMAS,
  TASKING_EVENT_SCHEMAS,
  COMMITMENT_EVENT_SCHEMAS,
  REPORT_EVENT_SCHEMAS,
  FORFEITURE_EVENT_SCHEMAS,
  REFERRAL_EVENT_SCHEMAS,
  OUTREACH_EVENT_SCHEMAS,
]) {
  for (const [type, schema] of Object.entries(schemas)) {
    registry.register({ type: type as HstfEvent['type'], version: 1, schema });
  }
}

/**
 * Every event type of the domain at its current schema version (all at 1 so far). The aggregates' schema
 * files always hold the current schema, checked against the domain's types. To change an event's data: move
 * its old schema here as version 1, keep it unchanged forever, and register the new one as version 2 with an
 * upcaster from 1, so that events already stored still read as the current shape.
 */
export const eventRegistry: EventTypeRegistry<HstfEvent> = registry;
