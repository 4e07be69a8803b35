import { ForfeitureEvent, usdLabel } from '@hstf/domain';
import { oneLine } from './readable-text';

/**
 * One line per forfeiture event, naming its tier of the ledger, so that "$1,000,000.00" reads as money
 * seized, forfeited, placed in the pool, granted or paid, never as a total of them. A petition is named
 * by its reference only.
 */
export function summarizeForfeiture(event: ForfeitureEvent): string {
  const forfeiture = `forfeiture ${event.data.forfeitureId} (${event.data.taskForce})`;
  switch (event.type) {
    case 'ForfeitureOpened': {
      const { seizingAgency, caseReference, court, assets, amountSeized } = event.data;
      return `${seizingAgency} seized ${usdLabel(amountSeized)} in ${assets.length} asset${assets.length === 1 ? '' : 's'}, ${court} ${caseReference}: ${forfeiture} opened (seized tier)`;
    }
    case 'ForfeitureOrdered':
      return `${usdLabel(event.data.amountForfeited)} forfeited on ${forfeiture} by order ${event.data.orderReference} (forfeited tier)`;
    case 'PlacedInRemissionPool':
      return `${usdLabel(event.data.amount)} of ${forfeiture} placed in the remission pool, ${event.data.placementReference} (pool tier)`;
    case 'RemissionPetitionFiled':
      return `Remission petition ${event.data.petitionReference} filed on ${forfeiture}${event.data.referralId ? `, referred by referral ${event.data.referralId}` : ''}`;
    case 'RemissionPetitionReviewStarted':
      return `Remission petition ${event.data.petitionReference} on ${forfeiture} under review`;
    case 'RemissionPetitionGranted':
      return `Remission petition ${event.data.petitionReference} on ${forfeiture} granted ${usdLabel(event.data.amount)} (granted tier)`;
    case 'RemissionPetitionDenied':
      return `Remission petition ${event.data.petitionReference} on ${forfeiture} denied: ${oneLine(event.data.reason)}`;
    case 'RemissionPetitionPaid':
      return `Remission petition ${event.data.petitionReference} on ${forfeiture} paid ${usdLabel(event.data.amount)}, ${event.data.paymentReference} (paid tier)`;
  }
}
