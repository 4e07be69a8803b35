import { accept, Decision, reject } from '../../shared';
import {
  DenyRemissionPetition,
  FileRemissionPetition,
  GrantRemissionPetition,
  PayRemissionPetition,
  ReviewRemissionPetition,
} from '../commands';
import { ForfeitureEvent } from '../events';
import { centsOf, usdLabel, usdOf } from '../money';
import { PETITION_REFERRAL_ID } from '../references';
import { OpenedForfeiture, petitionOf, RemissionPetition } from '../state';
import { MAX_PETITIONS, PetitionStatus } from '../vocabulary';
import { firstRefusal, requireAmount, requireReference, requireText } from './checks';

/**
 * A survivor's petition for remission, filed by its reference (never a name), optionally with the
 * referral that sent the survivor. It may be filed once the action is open: DOJ's notice of forfeiture
 * invites petitions before the court's final order.
 */
export function filePetition(
  command: FileRemissionPetition,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { forfeitureId, taskForce } = state;
  const { petitionReference, referralId } = command.data;
  const refusal = firstRefusal(
    () => requireReference('petition reference', petitionReference, forfeitureId, command.meta.now),
    () =>
      referralId === undefined || PETITION_REFERRAL_ID.test(referralId)
        ? undefined
        : reject(
            'FORFEITURE_INVALID_REFERRAL',
            `Petition ${petitionReference} on forfeiture ${forfeitureId} names the referral ${referralId}, which is not the lower-case uuid of a referral.`,
          ),
    () =>
      petitionOf(state, petitionReference)
        ? reject(
            'FORFEITURE_DUPLICATE_PETITION',
            `Petition ${petitionReference} was already filed on forfeiture ${forfeitureId}.`,
          )
        : undefined,
    () =>
      state.petitions.length >= MAX_PETITIONS
        ? reject(
            'FORFEITURE_TOO_MANY_ITEMS',
            `Forfeiture ${forfeitureId} holds ${MAX_PETITIONS} petitions, as many as one forfeiture may.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'RemissionPetitionFiled',
    data: {
      forfeitureId,
      taskForce,
      petitionReference,
      ...(referralId === undefined ? {} : { referralId }),
      filedAt: command.meta.now,
    },
  });
}

const NOT_IN_STATUS = {
  filed: 'FORFEITURE_PETITION_NOT_FILED',
  'under-review': 'FORFEITURE_PETITION_NOT_UNDER_REVIEW',
  granted: 'FORFEITURE_PETITION_NOT_GRANTED',
} as const;

const DESCRIBED: Record<PetitionStatus, string> = {
  filed: 'filed and awaiting review',
  'under-review': 'under review',
  granted: 'granted',
  denied: 'denied',
  paid: 'paid',
};

/** The petition the command names, in the status the command applies to. */
function petitionIn(
  state: OpenedForfeiture,
  reference: string,
  status: keyof typeof NOT_IN_STATUS,
  act: string,
): RemissionPetition | Decision<never> {
  const petition = petitionOf(state, reference);
  if (petition === undefined)
    return reject(
      'FORFEITURE_UNKNOWN_PETITION',
      `No petition ${reference} was filed on forfeiture ${state.forfeitureId}.`,
    );
  if (petition.status !== status)
    return reject(
      NOT_IN_STATUS[status],
      `Petition ${reference} on forfeiture ${state.forfeitureId} is ${DESCRIBED[petition.status]}; only a petition ${DESCRIBED[status]} can be ${act}.`,
    );
  return petition;
}

const refused = (found: RemissionPetition | Decision<never>): found is Decision<never> => 'ok' in found;

const base = (state: OpenedForfeiture, petitionReference: string) => ({
  forfeitureId: state.forfeitureId,
  taskForce: state.taskForce,
  petitionReference,
});

export function reviewPetition(
  command: ReviewRemissionPetition,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { petitionReference } = command.data;
  const found = petitionIn(state, petitionReference, 'filed', 'taken under review');
  if (refused(found)) return found;
  return accept({
    type: 'RemissionPetitionReviewStarted',
    data: { ...base(state, petitionReference), startedAt: command.meta.now },
  });
}

/** What is granted never exceeds what is in the pool: the grants are paid from it. */
export function grantPetition(
  command: GrantRemissionPetition,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { petitionReference, amount } = command.data;
  const { forfeitureId, totals } = state;
  const found = petitionIn(state, petitionReference, 'under-review', 'granted');
  if (refused(found)) return found;
  const left = usdOf(centsOf(totals.inPool) - centsOf(totals.granted));
  const refusal = firstRefusal(
    () => requireAmount(`amount granted to petition ${petitionReference}`, amount, forfeitureId),
    () =>
      centsOf(amount) > centsOf(left)
        ? reject(
            'FORFEITURE_EXCEEDS_POOL',
            `Granting ${usdLabel(amount)} to petition ${petitionReference} would exceed the remission pool of forfeiture ${forfeitureId}: ${usdLabel(totals.inPool)} in the pool, ${usdLabel(totals.granted)} granted, ${usdLabel(left)} left to grant.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'RemissionPetitionGranted',
    data: { ...base(state, petitionReference), amount, grantedAt: command.meta.now },
  });
}

export function denyPetition(
  command: DenyRemissionPetition,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { petitionReference, reason } = command.data;
  const found = petitionIn(state, petitionReference, 'under-review', 'denied');
  if (refused(found)) return found;
  const refusal = requireText(
    `reason for denying petition ${petitionReference}`,
    reason,
    state.forfeitureId,
    'text',
    command.meta.now,
  );
  if (refusal) return refusal;
  return accept({
    type: 'RemissionPetitionDenied',
    data: { ...base(state, petitionReference), reason, deniedAt: command.meta.now },
  });
}

/**
 * A granted petition is paid its grant, whole and once. What is paid never exceeds the pool: each payment
 * is a grant, and the grants never exceed it (checked again here, so the rule holds on any history).
 */
export function payPetition(
  command: PayRemissionPetition,
  state: OpenedForfeiture,
): Decision<ForfeitureEvent> {
  const { petitionReference, paymentReference } = command.data;
  const { forfeitureId, totals } = state;
  const found = petitionIn(state, petitionReference, 'granted', 'paid');
  if (refused(found)) return found;
  const amount = found.amountGranted ?? 0;
  const refusal = firstRefusal(
    () => requireReference('payment reference', paymentReference, forfeitureId, command.meta.now),
    () =>
      centsOf(totals.paid) + centsOf(amount) > centsOf(totals.inPool)
        ? reject(
            'FORFEITURE_EXCEEDS_POOL',
            `Paying ${usdLabel(amount)} on petition ${petitionReference} would exceed the remission pool of forfeiture ${forfeitureId}: ${usdLabel(totals.inPool)} in the pool, ${usdLabel(totals.paid)} paid.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'RemissionPetitionPaid',
    data: { ...base(state, petitionReference), amount, paymentReference, paidAt: command.meta.now },
  });
}
