/*
 * The letters log: one row per letter made for a meeting (documents.invitation writes it).
 * It is what the checklist's "invitations sent" item reads.
 */

export const LOGGED_LETTERS = ['invitation', 'child_invitation'] as const;
export type LoggedLetter = (typeof LOGGED_LETTERS)[number];

/** One letter made: which, to whom (a network member's or a child's id), when and by whom. */
export interface LetterExport {
  id: string;
  meetingId: string;
  letter: LoggedLetter;
  recipientId: string;
  /** ISO 8601 time the letter was made. */
  exportedAt: string;
  /** The convener's name in the settings at the time; '' when none was set. */
  exportedBy: string;
}
