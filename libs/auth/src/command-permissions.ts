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
};

export const isAllowedRole = (command: CommandType, role: Role): boolean =>
  COMMAND_PERMISSIONS[command].includes(role);
