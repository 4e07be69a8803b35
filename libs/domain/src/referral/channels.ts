/**
 * Where a survivor is referred, by case reference only:
 * - victim services: CCHT's victim services or a partner NGO (an agency of the catalog of kind ngo);
 * - remission: DOJ's remission of forfeited assets such as Backpage's and CityXGuide's (28 C.F.R.
 *   Part 9), ruled on by DOJ-MLARS;
 * - restitution: DOL-OIG, for restitution of labour exploitation.
 */
export const REFERRAL_CHANNELS = ['victim-services', 'remission', 'restitution'] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];

/** The agency that receives each channel's referrals; victim services may also go to a partner NGO. */
export const CHANNEL_RECEIVERS: { readonly [C in ReferralChannel]: string } = {
  'victim-services': 'CCHT',
  remission: 'DOJ-MLARS',
  restitution: 'DOL-OIG',
};

/** CCHT runs the referral pathways: it is on every referral, whoever makes or receives it. */
export const REFERRAL_STEWARD = 'CCHT';

export const REFERRAL_OUTCOMES = [
  'services-provided',
  'compensation-paid',
  'restitution-recovered',
  'declined-by-survivor',
  'not-eligible',
  'unable-to-contact',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const isReferralChannel = (value: string): value is ReferralChannel =>
  (REFERRAL_CHANNELS as readonly string[]).includes(value);
export const isReferralOutcome = (value: string): value is ReferralOutcome =>
  (REFERRAL_OUTCOMES as readonly string[]).includes(value);
