import { ReferralChannel, ReferralEvent } from '@hstf/domain';

const CHANNEL: { readonly [C in ReferralChannel]: string } = {
  'victim-services': 'victim services',
  remission: 'remission of forfeited assets',
  restitution: 'labour-exploitation restitution',
};

/** One line per referral step: its case reference and channel, never more of the case. */
export function summarizeReferral(event: ReferralEvent): string {
  const { referralId, receivingAgency, taskForce, channel } = event.data;
  switch (event.type) {
    case 'ReferralMade':
      return `${event.data.referringAgency} referred case ${event.data.caseReference} (${taskForce}) to ${receivingAgency} for ${CHANNEL[channel]}`;
    case 'ReferralAccepted':
      return `${receivingAgency} accepted referral ${referralId} (${taskForce}, ${CHANNEL[channel]})`;
    case 'ReferralStarted':
      return `${receivingAgency} started work on referral ${referralId} (${taskForce}, ${CHANNEL[channel]})`;
    case 'ReferralClosed':
      return `${receivingAgency} closed referral ${referralId} (${taskForce}, ${CHANNEL[channel]}): ${event.data.outcome}`;
  }
}
