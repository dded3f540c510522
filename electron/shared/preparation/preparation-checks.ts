/** The preparation checks, in the order the glance shows them (roughly the order of the work). */
export const PREPARATION_CHECKS = [
  'commission',
  'consents',
  'network',
  'contacted',
  'prepared',
  'replied',
  'children',
  'supportBriefed',
  'workers',
  'summary',
  'familyMeetings',
  'timing',
] as const;
export type PreparationCheck = (typeof PREPARATION_CHECKS)[number];
