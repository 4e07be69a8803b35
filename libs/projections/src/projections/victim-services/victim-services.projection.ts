import { evolveDocument } from '../../definition/evolve-document';
import { Projection } from '../../definition/projection';
import { isReferralEvent } from '../../events/event-kinds';
import { domainEventOf } from '../../events/projected-event';
import { evolveReferralRow, ReferralRow } from '../../rows/referral-row';
import { documentTable } from '../../tables/document-table';

/** One row per referral, by reference only: the summary per state counts them by channel and status. */
export const referrals = documentTable<ReferralRow>({
  name: 'referrals',
  keyOf: (row) => row.referralId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'channel', type: 'text', value: (row) => row.channel },
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'receiving_agency', type: 'text', value: (row) => row.receivingAgency },
  ],
  indexes: ['(state, channel, status)'],
});

export const victimServicesProjection: Projection = {
  name: 'victim_services',
  version: 1,
  tables: [referrals],
  async apply(envelope, writer) {
    const event = domainEventOf(envelope);
    if (event === undefined || !isReferralEvent(event)) return;
    await evolveDocument(writer, referrals, event.data.referralId, (row) => evolveReferralRow(row, event));
  },
};
