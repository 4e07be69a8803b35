/**
 * What a task force targets. The first four are the EO's own words (cartels, gangs, smuggling and
 * trafficking); the others name the lines of work of its partners, so that a board can tell a DEA drug
 * case from a DOL-OIG labour-exploitation case.
 */
export const TASK_FORCE_OBJECTIVES = [
  'cartels',
  'gangs',
  'smuggling',
  'trafficking',
  'transnational-criminal-organizations',
  'human-smuggling',
  'human-trafficking',
  'child-exploitation',
  'drug-trafficking',
  'firearms-trafficking',
  'labor-exploitation',
] as const;

export type TaskForceObjective = (typeof TASK_FORCE_OBJECTIVES)[number];
