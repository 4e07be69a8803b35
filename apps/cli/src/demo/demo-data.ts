/**
 * The demo scenario: five state task forces with their members, two directives to many addressees,
 * taskings in every state of their life cycle, and support pledges with partial deliveries.
 */
export const REGISTERED_AGENCIES = [
  { code: 'TX-DPS', name: 'Texas Department of Public Safety', kind: 'state', state: 'TX' },
  { code: 'AZ-DPS', name: 'Arizona Department of Public Safety', kind: 'state', state: 'AZ' },
  { code: 'FL-FHP', name: 'Florida Highway Patrol', kind: 'state', state: 'FL' },
  { code: 'IL-CPD', name: 'Chicago Police Department', kind: 'local', state: 'IL' },
  { code: 'CA-CHP', name: 'California Highway Patrol', kind: 'state', state: 'CA' },
] as const;

export const TASK_FORCES = [
  {
    state: 'TX',
    dojCoLead: 'USAO',
    dhsCoLead: 'ICE-HSI',
    objectives: ['cartels', 'human-smuggling', 'drug-trafficking'],
    members: [
      { agency: 'FBI', capabilities: ['law-enforcement', 'intelligence'] },
      { agency: 'DEA', capabilities: ['law-enforcement'] },
      { agency: 'CBP', capabilities: ['law-enforcement', 'logistics'] },
      { agency: 'TX-DPS', capabilities: ['law-enforcement', 'operational-support'] },
    ],
  },
  {
    state: 'AZ',
    dojCoLead: 'FBI',
    dhsCoLead: 'CBP',
    objectives: ['cartels', 'smuggling'],
    members: [
      { agency: 'DEA', capabilities: ['law-enforcement'] },
      { agency: 'ICE-HSI', capabilities: ['law-enforcement', 'intelligence'] },
      { agency: 'AZ-DPS', capabilities: ['law-enforcement'] },
    ],
  },
  {
    state: 'FL',
    dojCoLead: 'USAO',
    dhsCoLead: 'ICE-HSI',
    objectives: ['human-trafficking', 'smuggling'],
    members: [
      { agency: 'FBI', capabilities: ['law-enforcement'] },
      { agency: 'USCG', capabilities: ['law-enforcement', 'logistics'] },
      { agency: 'DOL-OIG', capabilities: ['intelligence'] },
      { agency: 'FL-FHP', capabilities: ['law-enforcement'] },
    ],
  },
  {
    state: 'IL',
    dojCoLead: 'FBI',
    dhsCoLead: 'ICE-HSI',
    objectives: ['gangs', 'firearms-trafficking'],
    members: [
      { agency: 'ATF', capabilities: ['law-enforcement', 'intelligence'] },
      { agency: 'USMS', capabilities: ['law-enforcement'] },
      { agency: 'IL-CPD', capabilities: ['law-enforcement', 'operational-support'] },
    ],
  },
  {
    state: 'CA',
    dojCoLead: 'USAO',
    dhsCoLead: 'CBP',
    objectives: ['cartels', 'human-trafficking'],
    members: [
      { agency: 'FBI', capabilities: ['law-enforcement'] },
      { agency: 'FAMS', capabilities: ['operational-support'] },
      { agency: 'AMTRAK-PD', capabilities: ['law-enforcement'] },
      { agency: 'CCHT', capabilities: ['intelligence', 'operational-support'] },
      { agency: 'CA-CHP', capabilities: ['law-enforcement'] },
    ],
  },
] as const;
