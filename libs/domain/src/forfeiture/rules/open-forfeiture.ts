import { AGENCY_CODE, isStateCode } from '../../reference';
import { COURT_ID } from '../../report/references';
import { accept, Decision, reject } from '../../shared';
import { AssetInput, OpenForfeiture } from '../commands';
import { ForfeitureEvent } from '../events';
import { MAX_AMOUNT_USD, sumUsd } from '../money';
import { ForfeitureState } from '../state';
import { ASSET_KINDS, isAssetKind, MAX_ASSETS } from '../vocabulary';
import { requireSeizingAgency } from './actors';
import { firstRefusal, Refusal, requireAmount, requireReference, requireText } from './checks';

function requireAssets(assets: readonly AssetInput[], forfeitureId: string, now: string): Refusal {
  if (assets.length === 0)
    return reject('FORFEITURE_NO_ASSETS', `Forfeiture ${forfeitureId} lists no seized asset.`);
  if (assets.length > MAX_ASSETS)
    return reject(
      'FORFEITURE_TOO_MANY_ITEMS',
      `Forfeiture ${forfeitureId} lists ${assets.length} assets; at most ${MAX_ASSETS} in one action.`,
    );
  for (const [i, asset] of assets.entries()) {
    if (!isAssetKind(asset.kind))
      return reject(
        'FORFEITURE_UNKNOWN_ASSET_KIND',
        `Asset ${i + 1} of forfeiture ${forfeitureId} is of kind ${asset.kind}; the kinds are ${ASSET_KINDS.join(', ')}.`,
      );
    const refusal =
      requireAmount(`value of asset ${i + 1}`, asset.value, forfeitureId) ??
      (asset.description === undefined
        ? undefined
        : requireText(`description of asset ${i + 1}`, asset.description, forfeitureId, 'line', now));
    if (refusal) return refusal;
  }
  // Each asset within bounds is not enough: the amount seized is their sum, and it has the same bound.
  const total = sumUsd(assets.map((a) => a.value));
  if (total > MAX_AMOUNT_USD)
    return reject(
      'FORFEITURE_INVALID_AMOUNT',
      `The assets of forfeiture ${forfeitureId} add up to ${total} dollars; an action seizes at most ${MAX_AMOUNT_USD}.`,
    );
  return undefined;
}

/**
 * A forfeiture action opens with what was seized: the amount seized is the sum of its assets' values. The
 * seizing agency is a member of the task force whose case it is, and a liaison opens only its own
 * agency's.
 */
export function openForfeiture(command: OpenForfeiture, state: ForfeitureState): Decision<ForfeitureEvent> {
  const { forfeitureId, caseReference, court, taskForce, seizingAgency, assets, context } = command.data;
  if (state.status !== 'none')
    return reject(
      'FORFEITURE_ALREADY_OPENED',
      `Forfeiture ${forfeitureId} was already opened for case ${state.caseReference}.`,
    );
  const refusal = firstRefusal(
    () =>
      isStateCode(taskForce)
        ? undefined
        : reject(
            'FORFEITURE_UNKNOWN_TASK_FORCE',
            `Forfeiture ${forfeitureId} names ${taskForce}, which is not a state task force.`,
          ),
    () =>
      AGENCY_CODE.test(seizingAgency)
        ? undefined
        : reject(
            'FORFEITURE_INVALID_AGENCY_CODE',
            `Forfeiture ${forfeitureId} names ${seizingAgency}, which is not an agency code.`,
          ),
    () => requireSeizingAgency(seizingAgency, command.meta, 'open', forfeitureId),
    () => requireReference('case reference', caseReference, forfeitureId, command.meta.now),
    () =>
      COURT_ID.test(court)
        ? undefined
        : reject(
            'FORFEITURE_INVALID_COURT',
            `Forfeiture ${forfeitureId} names the court ${court}, which is not a PACER district court id such as azd.`,
          ),
    () => requireAssets(assets, forfeitureId, command.meta.now),
    () =>
      context.taskForceMembers.includes(seizingAgency)
        ? undefined
        : reject(
            'FORFEITURE_AGENCY_NOT_MEMBER',
            `Forfeiture ${forfeitureId}: ${seizingAgency} is not a member agency of an established ${taskForce} task force; only its members seize for its cases.`,
          ),
  );
  if (refusal) return refusal;
  return accept({
    type: 'ForfeitureOpened',
    data: {
      forfeitureId,
      taskForce,
      caseReference,
      court,
      seizingAgency,
      assets: assets.map(({ kind, value, description }) => ({
        kind,
        value,
        ...(description === undefined ? {} : { description }),
      })),
      amountSeized: sumUsd(assets.map((a) => a.value)),
      openedAt: command.meta.now,
    },
  });
}
