import { Role } from './actor';
import { CommandType } from './command-type';

/**
 * Who may send which command. Operators run the command center; supervisors may do all that operators
 * do, as supervisory direction; liaisons act for their own agency only (enforced by authorizeCommand);
 * admins only extend the agency catalog; auditors never write.
 */
export const COMMAND_PERMISSIONS: Readonly<Record<CommandType, readonly Role[]>> = {
  RegisterAgency: ['admin'],
  RenameAgency: ['admin'],

  EstablishTaskForce: ['operator', 'supervisor'],
  EnrollMemberAgency: ['operator', 'supervisor'],
  WithdrawMemberAgency: ['operator', 'supervisor'],
  DesignateCoLead: ['operator', 'supervisor'],
  SetObjectives: ['operator', 'supervisor'],

  IssueDirective: ['operator', 'supervisor'],
  AcknowledgeDirective: ['liaison'],
  AmendDirective: ['operator', 'supervisor'],
  SupersedeDirective: ['operator', 'supervisor'],
  RescindDirective: ['operator', 'supervisor'],

  AssignTasking: ['operator', 'supervisor'],
  AcceptTasking: ['liaison'],
  DeclineTasking: ['liaison'],
  ReportTaskingProgress: ['liaison'],
  BlockTasking: ['liaison'],
  UnblockTasking: ['liaison'],
  ReassignTasking: ['operator', 'supervisor'],
  CompleteTasking: ['liaison'],
  CancelTasking: ['operator', 'supervisor'],

  PledgeSupport: ['liaison'],
  RecordDelivery: ['liaison'],
  AdjustCommitment: ['liaison'],
  WithdrawCommitment: ['liaison'],

  // A report is the command center's record of an operation; the agencies taking part report into it, and
  // either side transcribes the court records. Revisions are supervisory: they say why a figure changed.
  OpenReport: ['operator', 'supervisor'],
  ReportArrests: ['liaison', 'operator', 'supervisor'],
  ReportSeizures: ['liaison', 'operator', 'supervisor'],
  ChargeArrests: ['liaison', 'operator', 'supervisor'],
  VerifyArrestsInCourt: ['liaison', 'operator', 'supervisor'],
  ProveAffiliation: ['liaison', 'operator', 'supervisor'],
  ReviseReport: ['operator', 'supervisor'],

  // A referral is a victim's record: operators do not read it, so they do not write it either. The
  // referring agency makes it, the receiving one takes its steps; supervisors may record either.
  MakeReferral: ['liaison', 'supervisor'],
  AcceptReferral: ['liaison', 'supervisor'],
  StartReferral: ['liaison', 'supervisor'],
  CloseReferral: ['liaison', 'supervisor'],

  // A forfeiture is a victim's record (its petitions are survivors' claims), which operators and admins
  // may not read, so they do not write it either (and the command path answers 404 for an update of an
  // aggregate the caller may not read). Liaisons act for the agency a rule of the aggregate names: the
  // seizing agency opens it (for the agency named in the body) and records the court's order; DOJ-MLARS,
  // which rules on remission under 28 C.F.R. Part 9, places money in the pool and reviews, grants, denies
  // and pays petitions; CCHT files petitions for survivors. Supervisors may do all of it.
  OpenForfeiture: ['liaison', 'supervisor'],
  RecordForfeitureOrder: ['liaison', 'supervisor'],
  PlaceInRemissionPool: ['liaison', 'supervisor'],
  FileRemissionPetition: ['liaison', 'supervisor'],
  ReviewRemissionPetition: ['liaison', 'supervisor'],
  GrantRemissionPetition: ['liaison', 'supervisor'],
  DenyRemissionPetition: ['liaison', 'supervisor'],
  PayRemissionPetition: ['liaison', 'supervisor'],

  // Outreach is the task forces' public side, by reference only (no victim's record), so the command
  // center runs it with the agencies that do the work. Seminars and tips are CCHT's: its liaison (the
  // command path names CCHT as the agency they are done for) or the command center. Only the command
  // center launches a campaign, with its partners; the partners' liaisons (for their own agency) and the
  // command center record the posters and scans; the decider refuses an agency that is not a partner.
  HoldSeminar: ['liaison', 'operator', 'supervisor'],
  CorrectAttendance: ['liaison', 'operator', 'supervisor'],
  LaunchCampaign: ['operator', 'supervisor'],
  PlacePosters: ['liaison', 'operator', 'supervisor'],
  RemovePosters: ['liaison', 'operator', 'supervisor'],
  RecordScans: ['liaison', 'operator', 'supervisor'],
  ReceiveTip: ['liaison', 'operator', 'supervisor'],
  TriageTip: ['liaison', 'operator', 'supervisor'],
  LinkTip: ['liaison', 'operator', 'supervisor'],
  CloseTip: ['liaison', 'operator', 'supervisor'],
};

export const isAllowedRole = (command: CommandType, role: Role): boolean =>
  COMMAND_PERMISSIONS[command].includes(role);
