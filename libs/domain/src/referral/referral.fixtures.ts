import { CommandMeta } from '../shared';
import { AcceptReferral, CloseReferral, MakeReferral, StartReferral } from './commands';
import { ReferralEvent } from './events';

// The FBI refers a Texas case to CCHT's victim services.
export const REFERRAL_ID = '5a0c2f1e-7d3b-4c8a-9f21-0e6b4d8c2a17';
export const NOW = '2026-05-02T10:00:00.000Z';
export const by = (actorAgency?: string): CommandMeta =>
  actorAgency ? { now: NOW, actorAgency } : { now: NOW };

export const makeCmd = (
  overrides: Partial<MakeReferral['data']> = {},
  actor: string | undefined = 'FBI',
): MakeReferral => ({
  type: 'MakeReferral',
  data: {
    referralId: REFERRAL_ID,
    caseReference: 'CCHT-REF-2026-0001',
    channel: 'victim-services',
    referringAgency: 'FBI',
    receivingAgency: 'CCHT',
    taskForce: 'TX',
    context: { taskForceMembers: ['USAO', 'ICE-HSI', 'FBI'], receiverIsNgo: false },
    ...overrides,
  },
  meta: by(actor),
});

export const stepCmd = (
  type: 'AcceptReferral' | 'StartReferral',
  actor: string | undefined = 'CCHT',
): AcceptReferral | StartReferral => ({
  type,
  data: { referralId: REFERRAL_ID },
  meta: by(actor),
});

export const closeCmd = (
  outcome: CloseReferral['data']['outcome'] = 'services-provided',
  actor: string | undefined = 'CCHT',
): CloseReferral => ({
  type: 'CloseReferral',
  data: { referralId: REFERRAL_ID, outcome },
  meta: by(actor),
});

export const made: ReferralEvent = {
  type: 'ReferralMade',
  data: {
    referralId: REFERRAL_ID,
    caseReference: 'CCHT-REF-2026-0001',
    channel: 'victim-services',
    referringAgency: 'FBI',
    receivingAgency: 'CCHT',
    taskForce: 'TX',
    madeAt: NOW,
  },
};

const step = {
  referralId: REFERRAL_ID,
  receivingAgency: 'CCHT',
  taskForce: 'TX',
  channel: 'victim-services' as const,
};
export const accepted: ReferralEvent = { type: 'ReferralAccepted', data: { ...step, acceptedAt: NOW } };
export const started: ReferralEvent = { type: 'ReferralStarted', data: { ...step, startedAt: NOW } };
export const closed: ReferralEvent = {
  type: 'ReferralClosed',
  data: { ...step, outcome: 'services-provided', closedAt: NOW },
};
