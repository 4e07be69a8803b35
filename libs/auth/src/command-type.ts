/** Every domain command that reaches the API, by its stable type name. */
export const COMMAND_TYPES = [
  'RegisterAgency',
  'RenameAgency',
  'EstablishTaskForce',
  'EnrollMemberAgency',
  'WithdrawMemberAgency',
  'DesignateCoLead',
  'SetObjectives',
  'IssueDirective',
  'AcknowledgeDirective',
  'AmendDirective',
  'SupersedeDirective',
  'RescindDirective',
  'AssignTasking',
  'AcceptTasking',
  'DeclineTasking',
  'ReportTaskingProgress',
  'BlockTasking',
  'UnblockTasking',
  'ReassignTasking',
  'CompleteTasking',
  'CancelTasking',
  'PledgeSupport',
  'RecordDelivery',
  'AdjustCommitment',
  'WithdrawCommitment',
  'OpenReport',
  'ReportArrests',
  'ReportSeizures',
  'ChargeArrests',
  'VerifyArrestsInCourt',
  'ProveAffiliation',
  'ReviseReport',
  'MakeReferral',
  'AcceptReferral',
  'StartReferral',
  'CloseReferral',
  'OpenForfeiture',
  'RecordForfeitureOrder',
  'PlaceInRemissionPool',
  'FileRemissionPetition',
  'ReviewRemissionPetition',
  'GrantRemissionPetition',
  'DenyRemissionPetition',
  'PayRemissionPetition',
  'HoldSeminar',
  'CorrectAttendance',
  'LaunchCampaign',
  'PlacePosters',
  'RemovePosters',
  'RecordScans',
  'ReceiveTip',
  'TriageTip',
  'LinkTip',
  'CloseTip',
] as const;

export type CommandType = (typeof COMMAND_TYPES)[number];

/** Commands only the command center's own process managers send; no role may. */
export const SYSTEM_COMMAND_TYPES = ['MarkAcknowledgementOverdue'] as const;

export type SystemCommandType = (typeof SYSTEM_COMMAND_TYPES)[number];

export const isSystemCommand = (command: string): command is SystemCommandType =>
  (SYSTEM_COMMAND_TYPES as readonly string[]).includes(command);
