import type { NetworkMember } from '../preparation/network.schema';
import type { MeetingKind } from './meeting-kinds';

/*
 * The letters log: one row per letter made for a meeting (documents.invitation writes it).
 * It is what the checklist's "invitations sent" item reads.
 */

export const LOGGED_LETTERS = ['invitation', 'child_invitation', 'written_views'] as const;
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

/**
 * The members asked for their written views before `meeting`, in the network's order: those
 * decided "written views only", for the conference's own meeting. A follow-up invites the
 * people its plan names and asks no one for written views.
 */
export function viewsAskedOf<M extends Pick<NetworkMember, 'invite'>>(members: readonly M[], meeting: { kind: MeetingKind }): M[] {
  return meeting.kind === 'conference' ? members.filter((m) => m.invite === 'written_views') : [];
}
