import { Command } from '../shared';
import { AssetKind } from './vocabulary';

/** One seized asset: its kind, its value in dollars (cents at most) and, optionally, what it is in a line. */
export interface AssetInput {
  readonly kind: AssetKind;
  readonly value: number;
  /** e.g. 'Funds in a business account'; never a person's name or address. */
  readonly description?: string;
}

/**
 * The member agencies of the task force, read by the application layer from the TaskForce stream just
 * before deciding (none when it is not established): only a member seizes for a task force's case.
 */
export interface OpenForfeitureContext {
  readonly taskForceMembers: readonly string[];
}

export type OpenForfeiture = Command<
  'OpenForfeiture',
  {
    readonly forfeitureId: string;
    readonly caseReference: string;
    /** PACER id of the district court, e.g. 'azd'. */
    readonly court: string;
    readonly taskForce: string;
    readonly seizingAgency: string;
    readonly assets: readonly AssetInput[];
    readonly context: OpenForfeitureContext;
  }
>;

export type RecordForfeitureOrder = Command<
  'RecordForfeitureOrder',
  { readonly forfeitureId: string; readonly orderReference: string; readonly amountForfeited: number }
>;

export type PlaceInRemissionPool = Command<
  'PlaceInRemissionPool',
  { readonly forfeitureId: string; readonly placementReference: string; readonly amount: number }
>;

export type FileRemissionPetition = Command<
  'FileRemissionPetition',
  {
    readonly forfeitureId: string;
    readonly petitionReference: string;
    /** The uuid of the referral (`referral-<uuid>`) that sent the survivor, when one did. */
    readonly referralId?: string;
  }
>;

export type ReviewRemissionPetition = Command<
  'ReviewRemissionPetition',
  { readonly forfeitureId: string; readonly petitionReference: string }
>;

export type GrantRemissionPetition = Command<
  'GrantRemissionPetition',
  { readonly forfeitureId: string; readonly petitionReference: string; readonly amount: number }
>;

export type DenyRemissionPetition = Command<
  'DenyRemissionPetition',
  { readonly forfeitureId: string; readonly petitionReference: string; readonly reason: string }
>;

export type PayRemissionPetition = Command<
  'PayRemissionPetition',
  { readonly forfeitureId: string; readonly petitionReference: string; readonly paymentReference: string }
>;

/** The commands on one petition of a forfeiture. */
export type PetitionCommand =
  ReviewRemissionPetition | GrantRemissionPetition | DenyRemissionPetition | PayRemissionPetition;

export type ForfeitureCommand =
  OpenForfeiture | RecordForfeitureOrder | PlaceInRemissionPool | FileRemissionPetition | PetitionCommand;
