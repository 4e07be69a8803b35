import type { z } from 'zod';
import { AGENCY_EVENT_SCHEMAS } from '../events/agency.schemas';
import { COMMITMENT_EVENT_SCHEMAS } from '../events/commitment.schemas';
import { DIRECTIVE_EVENT_SCHEMAS } from '../events/directive.schemas';
import { eventRegistry } from '../events/event-registry';
import { FORFEITURE_EVENT_SCHEMAS } from '../events/forfeiture.schemas';
import { OUTREACH_EVENT_SCHEMAS } from '../events/outreach.schemas';
import { REFERRAL_EVENT_SCHEMAS } from '../events/referral.schemas';
import { REPORT_EVENT_SCHEMAS } from '../events/report.schemas';
import { TASK_FORCE_EVENT_SCHEMAS } from '../events/task-force.schemas';
import { TASKING_EVENT_SCHEMAS } from '../events/tasking.schemas';

export interface CurrentEventSchema {
  readonly type: string;
  readonly version: number;
  readonly schema: z.ZodType;
}

const CURRENT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  ...AGENCY_EVENT_SCHEMAS,
  ...TASK_FORCE_EVENT_SCHEMAS,
  ...DIRECTIVE_EVENT_SCHEMAS,
  ...TASKING_EVENT_SCHEMAS,
  ...COMMITMENT_EVENT_SCHEMAS,
  ...REPORT_EVENT_SCHEMAS,
  ...FORFEITURE_EVENT_SCHEMAS,
  ...REFERRAL_EVENT_SCHEMAS,
  ...OUTREACH_EVENT_SCHEMAS,
};

/**
 * Every registered event type with the schema and version an appended event carries today. The version
 * comes from the registry; the schema from the aggregates' schema files, which event-registry.ts keeps
 * current (older versions live in the registry only). A type known to one and not the other would publish
 * a contract that lies, so it throws.
 */
export function currentEventSchemas(): CurrentEventSchema[] {
  const registered = eventRegistry.types();
  const unregistered = Object.keys(CURRENT_SCHEMAS).filter((type) => !registered.includes(type));
  const unschematised = registered.filter((type) => !(type in CURRENT_SCHEMAS));
  if (unregistered.length > 0 || unschematised.length > 0) {
    throw new Error(
      `event schemas and registry disagree: not registered [${unregistered.join(', ')}], ` +
        `no current schema [${unschematised.join(', ')}]`,
    );
  }
  return registered.map((type) => ({
    type,
    version: eventRegistry.currentVersion(type),
    schema: CURRENT_SCHEMAS[type],
  }));
}
