import { Actor, Role, ROLES } from './actor';
import { authorizeCommand } from './authorize-command';
import { COMMAND_PERMISSIONS } from './command-permissions';
import { COMMAND_TYPES, CommandType } from './command-type';

// The policy restated independently of the table, so a slip in either one fails a cell.
const COMMAND_CENTER: readonly CommandType[] = [
  'EstablishTaskForce',
  'EnrollMemberAgency',
  'WithdrawMemberAgency',
  'DesignateCoLead',
  'SetObjectives',
  'IssueDirective',
  'AmendDirective',
  'SupersedeDirective',
  'RescindDirective',
  'AssignTasking',
  'ReassignTasking',
  'CancelTasking',
  'OpenReport',
  'ReviseReport',
  'LaunchCampaign',
];
// What either side of an operation records: the agencies taking part, and the command center for them.
const REPORTING: readonly CommandType[] = [
  'ReportArrests',
  'ReportSeizures',
  'ChargeArrests',
  'VerifyArrestsInCourt',
  'ProveAffiliation',
];
const AGENCY_ACTIONS: readonly CommandType[] = [
  'AcknowledgeDirective',
  'AcceptTasking',
  'DeclineTasking',
  'ReportTaskingProgress',
  'BlockTasking',
  'UnblockTasking',
  'CompleteTasking',
  'PledgeSupport',
  'RecordDelivery',
  'AdjustCommitment',
  'WithdrawCommitment',
];
// A victim's record: the agencies its rules name, and supervisors; never operators (they may not read it).
const FORFEITURE: readonly CommandType[] = [
  'OpenForfeiture',
  'RecordForfeitureOrder',
  'PlaceInRemissionPool',
  'FileRemissionPetition',
  'ReviewRemissionPetition',
  'GrantRemissionPetition',
  'DenyRemissionPetition',
  'PayRemissionPetition',
];
const REFERRALS: readonly CommandType[] = [
  'MakeReferral',
  'AcceptReferral',
  'StartReferral',
  'CloseReferral',
];
// Outreach: CCHT's seminars and tips, the partners' posters and scans, each for the liaison's own agency,
// and the command center for them.
const OUTREACH: readonly CommandType[] = [
  'HoldSeminar',
  'CorrectAttendance',
  'PlacePosters',
  'RemovePosters',
  'RecordScans',
  'ReceiveTip',
  'TriageTip',
  'LinkTip',
  'CloseTip',
];
const EXPECTED: Record<Role, readonly CommandType[]> = {
  operator: [...COMMAND_CENTER, ...REPORTING, ...OUTREACH],
  supervisor: [...COMMAND_CENTER, ...REPORTING, ...FORFEITURE, ...REFERRALS, ...OUTREACH],
  liaison: [...AGENCY_ACTIONS, ...REPORTING, ...FORFEITURE, ...REFERRALS, ...OUTREACH],
  auditor: [],
  admin: ['RegisterAgency', 'RenameAgency'],
};

const actorWith = (role: Role): Actor => ({ sub: `${role}-1`, roles: [role], agency: 'CBP', states: ['AZ'] });

const cells = COMMAND_TYPES.flatMap((command) =>
  ROLES.map((role) => ({ command, role, allowed: EXPECTED[role].includes(command) })),
);

describe('role × command matrix', () => {
  it('lists exactly the domain commands and gives each at least one role', () => {
    // Every command is some role's: the lists above cover the whole table.
    expect([...COMMAND_TYPES].sort()).toEqual([...new Set(Object.values(EXPECTED).flat())].sort());
    expect(Object.keys(COMMAND_PERMISSIONS).sort()).toEqual([...COMMAND_TYPES].sort());
    for (const command of COMMAND_TYPES) expect(COMMAND_PERMISSIONS[command].length).toBeGreaterThan(0);
  });

  it.each(cells)('$command by $role: allowed=$allowed', ({ command, role, allowed }) => {
    expect(COMMAND_PERMISSIONS[command].includes(role)).toBe(allowed);
    expect(authorizeCommand(actorWith(role), command, { actsForAgency: 'CBP' }).ok).toBe(allowed);
  });

  it.each([...AGENCY_ACTIONS, ...FORFEITURE, ...OUTREACH])(
    '%s by a liaison is allowed for its own agency only',
    (command) => {
      const liaison = actorWith('liaison');
      expect(authorizeCommand(liaison, command, { actsForAgency: 'CBP' })).toEqual({ ok: true });
      expect(authorizeCommand(liaison, command, { actsForAgency: 'FBI' })).toEqual({
        ok: false,
        reason: `a liaison of CBP may not send ${command} for FBI`,
      });
    },
  );
});
