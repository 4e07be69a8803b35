import { Addressee, sameAddressee } from '@hstf/domain';
import { AgencyInbox, CommitmentRow, DirectiveRow, TaskingRow } from '@hstf/projections';
import {
  acceptTasking,
  acknowledge,
  adjustCommitment,
  blockTasking,
  completeTasking,
  declineTasking,
  InboxAction,
  recordDelivery,
  reportProgress,
  unblockTasking,
  withdrawCommitment,
} from './inbox-actions';
import { CommitmentDue, DirectiveToAcknowledge, LiaisonInboxView, TaskingItem } from './liaison-inbox-view';

export interface InboxSources {
  readonly agency: string;
  /** The agency's own inbox (read model agency_inbox). */
  readonly inbox: AgencyInbox;
  /** The states whose task forces the agency co-leads, each with its directives still awaiting it. */
  readonly coLed: readonly { readonly state: string; readonly directives: readonly DirectiveRow[] }[];
  readonly now: Date;
}

const expired = (row: DirectiveRow, now: Date): boolean =>
  row.expiresAt !== undefined && Date.parse(row.expiresAt) <= now.getTime();

/** The current revision still wants this addressee's acknowledgement, and can still get it. */
function toAcknowledge(
  row: DirectiveRow,
  addressee: Addressee,
  now: Date,
): DirectiveToAcknowledge | undefined {
  if (row.status !== 'issued' || expired(row, now)) return undefined;
  const standing = row.acknowledgement.addressees.find((a) => sameAddressee(a.addressee, addressee));
  if (!standing || standing.status === 'acknowledged') return undefined;
  return {
    directiveId: row.directiveId,
    title: row.title,
    priority: row.priority,
    revision: row.revision,
    addressee,
    status: standing.status,
    acknowledgeBy: row.acknowledgeBy,
    ...(row.expiresAt === undefined ? {} : { expiresAt: row.expiresAt }),
    authority: row.authority,
    actions: [acknowledge(row.directiveId, addressee)],
  };
}

function taskingItem(row: TaskingRow, role: 'lead' | 'supporting', actions: InboxAction[]): TaskingItem {
  return {
    taskingId: row.taskingId,
    title: row.title,
    taskForce: row.taskForce,
    objective: row.objective,
    role,
    status: row.status,
    leadAgency: row.leadAgency,
    supportingAgencies: row.supportingAgencies,
    dueAt: row.dueAt,
    ...(row.directiveId === undefined ? {} : { directiveId: row.directiveId }),
    progress: row.progress,
    blocked: row.blocked ? { reason: row.blocked.reason, since: row.blocked.since } : null,
    actions,
  };
}

/** Progress from the lead and the supporters alike; completion only from the lead, in progress, unblocked. */
function reportingActions(row: TaskingRow, role: 'lead' | 'supporting'): InboxAction[] {
  const id = row.taskingId;
  return [
    reportProgress(id),
    ...(role === 'lead' && row.status === 'in_progress' && !row.blocked ? [completeTasking(id)] : []),
    row.blocked ? unblockTasking(id) : blockTasking(id),
  ];
}

function commitmentDue(row: CommitmentRow): CommitmentDue {
  const id = row.commitmentId;
  return {
    commitmentId: id,
    taskForce: row.taskForce,
    kind: row.kind,
    unit: row.unit,
    quantity: row.quantity,
    delivered: row.delivered,
    remaining: row.remaining,
    period: row.period,
    appropriation: row.appropriation,
    actions: [recordDelivery(id), adjustCommitment(id), withdrawCommitment(id)],
  };
}

const byTime =
  <T>(time: (item: T) => string) =>
  (a: T, b: T): number =>
    Date.parse(time(a)) - Date.parse(time(b));

/** Pure: the read models' rows, sorted into what the liaison has to do. */
export function composeInbox({ agency, inbox, coLed, now }: InboxSources): LiaisonInboxView {
  const own: Addressee = { kind: 'agency', code: agency };
  const directives = [
    ...inbox.directives.map(({ directive }) => toAcknowledge(directive, own, now)),
    ...coLed.flatMap(({ state, directives: rows }) =>
      rows.map((row) => toAcknowledge(row, { kind: 'state', code: state }, now)),
    ),
  ].filter((item): item is DirectiveToAcknowledge => item !== undefined);
  const lead = inbox.taskings.lead;
  const supporting = inbox.taskings.supporting;
  const underWay = (row: TaskingRow) => row.status === 'accepted' || row.status === 'in_progress';
  return {
    agency,
    coLeads: coLed.map((c) => c.state),
    directivesToAcknowledge: directives.sort(byTime((d) => d.acknowledgeBy)),
    taskingsToAccept: lead
      .filter((row) => row.status === 'assigned')
      .map((row) => taskingItem(row, 'lead', [acceptTasking(row.taskingId), declineTasking(row.taskingId)]))
      .sort(byTime((t) => t.dueAt)),
    taskingsToReportOn: [
      ...lead.filter(underWay).map((row) => taskingItem(row, 'lead', reportingActions(row, 'lead'))),
      ...supporting
        .filter(underWay)
        .map((row) => taskingItem(row, 'supporting', reportingActions(row, 'supporting'))),
    ].sort(byTime((t) => t.dueAt)),
    commitmentsDue: inbox.commitments
      .filter((row) => row.status === 'pledged' && row.remaining > 0)
      .map(commitmentDue)
      .sort(byTime((c) => c.period.to)),
  };
}
