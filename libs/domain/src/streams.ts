import { AGENCY_STREAM_PREFIX } from './agency/stream';
import { COMMITMENT_STREAM_PREFIX } from './commitment/stream';
import { DIRECTIVE_STREAM_PREFIX } from './directive/stream';
import { FORFEITURE_STREAM_PREFIX } from './forfeiture/stream';
import { OUTREACH_STREAM_PREFIX } from './outreach/stream';
import { TASK_FORCE_STREAM_PREFIX } from './task-force/stream';
import { REFERRAL_STREAM_PREFIX } from './referral/stream';
import { REPORT_STREAM_PREFIX } from './report/stream';
import { TASKING_STREAM_PREFIX } from './tasking/stream';

/**
 * The streams of the domain's aggregates. The store also holds streams that are not the domain's (access
 * records, audit checkpoints); whatever fans the domain out filters on these.
 */
export const DOMAIN_STREAM_PREFIXES: readonly string[] = [
  AGENCY_STREAM_PREFIX,
  TASK_FORCE_STREAM_PREFIX,
  DIRECTIVE_STREAM_PREFIX,
  TASKING_STREAM_PREFIX,
  COMMITMENT_STREAM_PREFIX,
  REPORT_STREAM_PREFIX,
  REFERRAL_STREAM_PREFIX,
  FORFEITURE_STREAM_PREFIX,
  OUTREACH_STREAM_PREFIX,
];
