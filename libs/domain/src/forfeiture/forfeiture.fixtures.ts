import { CommandMeta } from '../shared';
import {
  AssetInput,
  DenyRemissionPetition,
  FileRemissionPetition,
  GrantRemissionPetition,
  OpenForfeiture,
  PayRemissionPetition,
  PlaceInRemissionPool,
  RecordForfeitureOrder,
  ReviewRemissionPetition,
} from './commands';
import { ForfeitureEvent } from './events';

// The FBI's seizure in the Arizona task force's case against an online trafficking marketplace, tried in
// the District of Arizona; DOJ-MLARS rules on the remission petitions, CCHT files them for survivors.
export const FORFEITURE_ID = '5d2e8f14-7a3b-4c6d-9e1f-0a2b3c4d5e6f';
export const NOW = '2026-05-04T12:00:00.000Z';
export const SEIZING = 'FBI';
export const MLARS = 'DOJ-MLARS';
export const CCHT = 'CCHT';
export const CASE = 'CR-18-00422-PHX-DJH';
export const ORDER = 'ECF-2044';
export const PETITION = 'REM-BP-2026-000123';
export const OTHER_PETITION = 'REM-BP-2026-000124';
export const REFERRAL = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

export const ASSETS: readonly AssetInput[] = [
  { kind: 'financial-account', value: 1_250_000.5, description: 'Funds in a business account' },
  { kind: 'digital-asset', value: 300_000, description: 'Bitcoin held in custody' },
  { kind: 'real-property', value: 450_000 },
];
/** 1,250,000.50 + 300,000 + 450,000. */
export const SEIZED = 2_000_000.5;

/** A command sent by a supervisor: the command center acts for no agency. */
export const SUPERVISOR = null;

export const by = (actorAgency?: string): CommandMeta =>
  actorAgency ? { now: NOW, actorAgency } : { now: NOW };

export const openCmd = (
  overrides: Partial<OpenForfeiture['data']> = {},
  actor: string | null = SEIZING,
): OpenForfeiture => ({
  type: 'OpenForfeiture',
  data: {
    forfeitureId: FORFEITURE_ID,
    caseReference: CASE,
    court: 'azd',
    taskForce: 'AZ',
    seizingAgency: SEIZING,
    assets: ASSETS,
    context: { taskForceMembers: ['FBI', 'ICE-HSI', 'DEA'] },
    ...overrides,
  },
  meta: by(actor ?? undefined),
});

export const orderCmd = (
  amountForfeited = 1_800_000,
  actor: string | null = SEIZING,
  orderReference = ORDER,
): RecordForfeitureOrder => ({
  type: 'RecordForfeitureOrder',
  data: { forfeitureId: FORFEITURE_ID, orderReference, amountForfeited },
  meta: by(actor ?? undefined),
});

export const placeCmd = (
  amount: number,
  placementReference = 'AFF-2026-000731',
  actor: string | null = MLARS,
): PlaceInRemissionPool => ({
  type: 'PlaceInRemissionPool',
  data: { forfeitureId: FORFEITURE_ID, placementReference, amount },
  meta: by(actor ?? undefined),
});

export const fileCmd = (
  petitionReference = PETITION,
  referralId: string | null = REFERRAL,
  actor: string | null = CCHT,
): FileRemissionPetition => ({
  type: 'FileRemissionPetition',
  data: {
    forfeitureId: FORFEITURE_ID,
    petitionReference,
    ...(referralId === null ? {} : { referralId }),
  },
  meta: by(actor ?? undefined),
});

export const reviewCmd = (
  petitionReference = PETITION,
  actor: string | null = MLARS,
): ReviewRemissionPetition => ({
  type: 'ReviewRemissionPetition',
  data: { forfeitureId: FORFEITURE_ID, petitionReference },
  meta: by(actor ?? undefined),
});

export const grantCmd = (
  amount: number,
  petitionReference = PETITION,
  actor: string | null = MLARS,
): GrantRemissionPetition => ({
  type: 'GrantRemissionPetition',
  data: { forfeitureId: FORFEITURE_ID, petitionReference, amount },
  meta: by(actor ?? undefined),
});

export const denyCmd = (
  reason = 'The loss claimed is not shown to result from the offense.',
  petitionReference = PETITION,
  actor: string | null = MLARS,
): DenyRemissionPetition => ({
  type: 'DenyRemissionPetition',
  data: { forfeitureId: FORFEITURE_ID, petitionReference, reason },
  meta: by(actor ?? undefined),
});

export const payCmd = (
  petitionReference = PETITION,
  paymentReference = 'TREAS-2026-004417',
  actor: string | null = MLARS,
): PayRemissionPetition => ({
  type: 'PayRemissionPetition',
  data: { forfeitureId: FORFEITURE_ID, petitionReference, paymentReference },
  meta: by(actor ?? undefined),
});

const base = { forfeitureId: FORFEITURE_ID, taskForce: 'AZ' };

export const opened: ForfeitureEvent = {
  type: 'ForfeitureOpened',
  data: {
    ...base,
    caseReference: CASE,
    court: 'azd',
    seizingAgency: SEIZING,
    assets: ASSETS,
    amountSeized: SEIZED,
    openedAt: NOW,
  },
};

export const ordered = (amountForfeited = 1_800_000): ForfeitureEvent => ({
  type: 'ForfeitureOrdered',
  data: { ...base, orderReference: ORDER, amountForfeited, orderedAt: NOW },
});

export const placed = (amount: number, placementReference = 'AFF-2026-000731'): ForfeitureEvent => ({
  type: 'PlacedInRemissionPool',
  data: { ...base, placementReference, amount, placedAt: NOW },
});

export const filed = (
  petitionReference = PETITION,
  referralId: string | undefined = REFERRAL,
): ForfeitureEvent => ({
  type: 'RemissionPetitionFiled',
  data: {
    ...base,
    petitionReference,
    ...(referralId === undefined ? {} : { referralId }),
    filedAt: NOW,
  },
});

export const reviewStarted = (petitionReference = PETITION): ForfeitureEvent => ({
  type: 'RemissionPetitionReviewStarted',
  data: { ...base, petitionReference, startedAt: NOW },
});

export const granted = (amount: number, petitionReference = PETITION): ForfeitureEvent => ({
  type: 'RemissionPetitionGranted',
  data: { ...base, petitionReference, amount, grantedAt: NOW },
});

export const denied = (petitionReference = PETITION): ForfeitureEvent => ({
  type: 'RemissionPetitionDenied',
  data: {
    ...base,
    petitionReference,
    reason: 'The loss claimed is not shown to result from the offense.',
    deniedAt: NOW,
  },
});

export const paid = (amount: number, petitionReference = PETITION): ForfeitureEvent => ({
  type: 'RemissionPetitionPaid',
  data: { ...base, petitionReference, amount, paymentReference: 'TREAS-2026-004417', paidAt: NOW },
});

/** Forfeited 1,800,000; 1,000,000 in the pool; the petition under review. */
export const underReview = (petitionReference = PETITION): ForfeitureEvent[] => [
  opened,
  ordered(),
  placed(1_000_000),
  filed(petitionReference),
  reviewStarted(petitionReference),
];
