import { ForfeitureEvent } from '@hstf/domain';
import { summarizeEvent } from './summarize-event';

const F = { forfeitureId: 'f-1', taskForce: 'AZ' };
const AT = '2026-05-04T12:00:00Z';
const P = { ...F, petitionReference: 'REM-BP-2026-000123' };

const lines: [ForfeitureEvent, string][] = [
  [
    {
      type: 'ForfeitureOpened',
      data: {
        ...F,
        caseReference: 'CR-18-00422-PHX-DJH',
        court: 'azd',
        seizingAgency: 'FBI',
        assets: [
          { kind: 'financial-account', value: 1_250_000.5 },
          { kind: 'digital-asset', value: 750_000 },
        ],
        amountSeized: 2_000_000.5,
        openedAt: AT,
      },
    },
    'FBI seized $2,000,000.50 in 2 assets, azd CR-18-00422-PHX-DJH: forfeiture f-1 (AZ) opened (seized tier)',
  ],
  [
    {
      type: 'ForfeitureOrdered',
      data: { ...F, orderReference: 'ECF-2044', amountForfeited: 1_800_000, orderedAt: AT },
    },
    '$1,800,000.00 forfeited on forfeiture f-1 (AZ) by order ECF-2044 (forfeited tier)',
  ],
  [
    {
      type: 'PlacedInRemissionPool',
      data: { ...F, placementReference: 'AFF-2026-000731', amount: 1_000_000, placedAt: AT },
    },
    '$1,000,000.00 of forfeiture f-1 (AZ) placed in the remission pool, AFF-2026-000731 (pool tier)',
  ],
  [
    { type: 'RemissionPetitionFiled', data: { ...P, filedAt: AT } },
    'Remission petition REM-BP-2026-000123 filed on forfeiture f-1 (AZ)',
  ],
  [
    { type: 'RemissionPetitionFiled', data: { ...P, referralId: 'r-9', filedAt: AT } },
    'Remission petition REM-BP-2026-000123 filed on forfeiture f-1 (AZ), referred by referral r-9',
  ],
  [
    { type: 'RemissionPetitionReviewStarted', data: { ...P, startedAt: AT } },
    'Remission petition REM-BP-2026-000123 on forfeiture f-1 (AZ) under review',
  ],
  [
    { type: 'RemissionPetitionGranted', data: { ...P, amount: 25_000, grantedAt: AT } },
    'Remission petition REM-BP-2026-000123 on forfeiture f-1 (AZ) granted $25,000.00 (granted tier)',
  ],
  [
    { type: 'RemissionPetitionDenied', data: { ...P, reason: 'Loss not\n shown.', deniedAt: AT } },
    'Remission petition REM-BP-2026-000123 on forfeiture f-1 (AZ) denied: Loss not shown.',
  ],
  [
    {
      type: 'RemissionPetitionPaid',
      data: { ...P, amount: 25_000, paymentReference: 'TREAS-2026-004417', paidAt: AT },
    },
    'Remission petition REM-BP-2026-000123 on forfeiture f-1 (AZ) paid $25,000.00, TREAS-2026-004417 (paid tier)',
  ],
];

describe('the feed line of a forfeiture event', () => {
  it.each(lines.map(([event, line]) => [event.type, event, line] as const))(
    'reads %s as a sentence naming its tier',
    (_, event, line) => {
      expect(summarizeEvent(event)).toBe(line);
    },
  );
});
