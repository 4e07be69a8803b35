import { Event } from '../shared';
import { AssetInput } from './commands';

// Every event names the forfeiture's task force: the ledger per state reads it without loading the forfeiture.

export type ForfeitureOpened = Event<
  'ForfeitureOpened',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly caseReference: string;
    readonly court: string;
    readonly seizingAgency: string;
    readonly assets: readonly AssetInput[];
    /** The sum of the assets' values. */
    readonly amountSeized: number;
    readonly openedAt: string;
  }
>;

export type ForfeitureOrdered = Event<
  'ForfeitureOrdered',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly orderReference: string;
    readonly amountForfeited: number;
    readonly orderedAt: string;
  }
>;

export type PlacedInRemissionPool = Event<
  'PlacedInRemissionPool',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly placementReference: string;
    readonly amount: number;
    readonly placedAt: string;
  }
>;

export type RemissionPetitionFiled = Event<
  'RemissionPetitionFiled',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly petitionReference: string;
    readonly referralId?: string;
    readonly filedAt: string;
  }
>;

export type RemissionPetitionReviewStarted = Event<
  'RemissionPetitionReviewStarted',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly petitionReference: string;
    readonly startedAt: string;
  }
>;

export type RemissionPetitionGranted = Event<
  'RemissionPetitionGranted',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly petitionReference: string;
    readonly amount: number;
    readonly grantedAt: string;
  }
>;

export type RemissionPetitionDenied = Event<
  'RemissionPetitionDenied',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly petitionReference: string;
    readonly reason: string;
    readonly deniedAt: string;
  }
>;

/** The amount is the one granted: a grant is paid whole, once. */
export type RemissionPetitionPaid = Event<
  'RemissionPetitionPaid',
  {
    readonly forfeitureId: string;
    readonly taskForce: string;
    readonly petitionReference: string;
    readonly amount: number;
    readonly paymentReference: string;
    readonly paidAt: string;
  }
>;

export type ForfeitureEvent =
  | ForfeitureOpened
  | ForfeitureOrdered
  | PlacedInRemissionPool
  | RemissionPetitionFiled
  | RemissionPetitionReviewStarted
  | RemissionPetitionGranted
  | RemissionPetitionDenied
  | RemissionPetitionPaid;

export type ForfeitureEventType = ForfeitureEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in ForfeitureEventType]: K } = {
  ForfeitureOpened: 'ForfeitureOpened',
  ForfeitureOrdered: 'ForfeitureOrdered',
  PlacedInRemissionPool: 'PlacedInRemissionPool',
  RemissionPetitionFiled: 'RemissionPetitionFiled',
  RemissionPetitionReviewStarted: 'RemissionPetitionReviewStarted',
  RemissionPetitionGranted: 'RemissionPetitionGranted',
  RemissionPetitionDenied: 'RemissionPetitionDenied',
  RemissionPetitionPaid: 'RemissionPetitionPaid',
};

export const FORFEITURE_EVENT_TYPES: readonly ForfeitureEventType[] = Object.values(EVERY_TYPE);
