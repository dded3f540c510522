/** The conference itself, or a follow-up meeting (seurantakokous) months later. */
export const MEETING_KINDS = ['conference', 'follow_up'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
