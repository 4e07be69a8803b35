import { ReportEvent } from '@hstf/domain';
import { summarizeEvent } from './summarize-event';

const REPORT = { reportId: 'r-1', taskForce: 'TX' };
const AT = '2026-03-01T12:00:00Z';
const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };

const lines: [ReportEvent, string][] = [
  [
    {
      type: 'ReportOpened',
      data: {
        ...REPORT,
        operation: 'Operation Lone Star Sweep',
        period: { from: '2026-02-01T00:00:00Z', to: '2026-02-28T00:00:00Z' },
        participants: ['FBI', 'DEA'],
        openedAt: AT,
      },
    },
    "Operation report 'Operation Lone Star Sweep' opened for the TX task force",
  ],
  [
    {
      type: 'ArrestsReported',
      data: {
        ...REPORT,
        reportingAgency: 'FBI',
        count: 2,
        arrests: [],
        reportedAt: AT,
      },
    },
    'FBI reported 2 arrests on report r-1 (TX) (reported tier)',
  ],
  [
    {
      type: 'SeizuresReported',
      data: {
        ...REPORT,
        reportingAgency: 'DEA',
        seizures: [
          { incident: 'HSTF-TX-2026-000001', kind: 'drugs', drug: 'fentanyl', quantity: 1, unit: 'kg' },
        ],
        reportedAt: AT,
      },
    },
    'DEA reported 1 seizure (fentanyl) on report r-1 (TX) (reported tier)',
  ],
  [
    {
      type: 'ArrestsCharged',
      data: { ...REPORT, incidents: ['x'], count: 1, charging: CASE, chargedAt: AT },
    },
    '1 arrest on report r-1 (TX) charged in txsd 4:26-cr-00123 (charged tier)',
  ],
  [
    {
      type: 'ArrestsCourtVerified',
      data: {
        ...REPORT,
        incidents: ['x'],
        count: 1,
        docket: { ...CASE, entry: 57 },
        outcome: 'indicted',
        verifiedAt: AT,
      },
    },
    '1 arrest on report r-1 (TX) verified in court, txsd 4:26-cr-00123, entry 57: indicted (court-verified tier)',
  ],
  [
    {
      type: 'AffiliationProved',
      data: {
        ...REPORT,
        incidents: ['x'],
        docket: { ...CASE, entry: 9 },
        finding: 'Special verdict',
        provedAt: AT,
      },
    },
    'Affiliation proved in court for 1 arrest on report r-1 (TX), txsd 4:26-cr-00123, entry 9: Special verdict',
  ],
  [
    { type: 'ReportRevised', data: { ...REPORT, reason: 'Duplicate\nbooking.', changes: {}, revisedAt: AT } },
    'report r-1 (TX) revised: Duplicate booking.',
  ],
];

describe('feed lines of a report', () => {
  it.each(lines)('say what a %s counts and in which tier', (event, line) => {
    expect(summarizeEvent(event)).toContain(line);
  });
});
