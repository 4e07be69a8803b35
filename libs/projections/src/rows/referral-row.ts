import { evolveReferral, initialReferralState, KnownReferral, ReferralEvent } from '@hstf/domain';

/** A referral as the domain folds it, and when it was made: the victim-services summary counts these. */
export type ReferralRow = KnownReferral & { readonly madeAt: string };

export function evolveReferralRow(
  row: ReferralRow | undefined,
  event: ReferralEvent,
): ReferralRow | undefined {
  const { madeAt: _at, ...state } = row ?? { madeAt: '' };
  const next = evolveReferral(row ? (state as KnownReferral) : initialReferralState, event);
  if (next.status === 'none') return undefined;
  return { ...next, madeAt: event.type === 'ReferralMade' ? event.data.madeAt : (row?.madeAt ?? '') };
}
