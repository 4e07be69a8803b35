/**
 * What a member agency brings to the task force, in the words of EO 14159: agencies "with law-enforcement,
 * intelligence, logistics or operational support" functions.
 */
export const MEMBER_CAPABILITIES = [
  'law-enforcement',
  'intelligence',
  'logistics',
  'operational-support',
] as const;

export type MemberCapability = (typeof MEMBER_CAPABILITIES)[number];
