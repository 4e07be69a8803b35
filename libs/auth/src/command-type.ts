/** Every domain command that reaches the API, by its stable type name. */
export const COMMAND_TYPES = [
  'RegisterAgency',
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
] as const;

export type CommandType = (typeof COMMAND_TYPES)[number];
