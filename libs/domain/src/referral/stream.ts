export const REFERRAL_STREAM_PREFIX = 'referral-';

export const referralStreamId = (referralId: string): string => `${REFERRAL_STREAM_PREFIX}${referralId}`;
