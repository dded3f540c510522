import { z } from 'zod';
import { RESPONDENT_GROUPS } from '../feedback/feedback.schema';
import { UI_LANGUAGES } from '../i18n/locales';
import { entityId } from '../validation';

/*
 * Document methods build a file (Word or calendar) from the stored data. The backend
 * returns the file's name and bytes; the transport delivers it: in Electron the main
 * process asks where to save it, in the web host it arrives as a download.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ICS_MIME = 'text/calendar';
/** A backup's copy: an SQLite database, encrypted with the app's key. */
export const SQLITE_MIME = 'application/vnd.sqlite3';
/** An export of the data for a handover (docs/export-format.md). */
export const JSON_MIME = 'application/json';
/** The statistics for a spreadsheet: UTF-8 with a BOM, semicolons, as Finnish Excel opens it. */
export const CSV_MIME = 'text/csv';

/** One generated file, as the dispatcher returns it. */
export interface DocumentFile {
  /** A file name that identifies the recipient or the paper, never the family's matter. */
  name: string;
  mimeType: typeof DOCX_MIME | typeof ICS_MIME | typeof SQLITE_MIME | typeof JSON_MIME | typeof CSV_MIME;
  bytes: Uint8Array;
}

/**
 * Files exported together share a batch id: the desktop app asks for a folder once for
 * the whole batch instead of a file name for each. The backend ignores it.
 */
const batch = z.string().uuid({ error: 'validation.id' }).optional();

/**
 * A network member's letter to a meeting (an invitation, or for someone decided "written views
 * only" the letter asking for their views), or a child's version to a child.
 */
export const invitationDocumentInput = z.object({
  meetingId: entityId,
  recipient: z.discriminatedUnion(
    'kind',
    [z.object({ kind: z.literal('member'), memberId: entityId }), z.object({ kind: z.literal('child'), childId: entityId })],
    { error: 'validation.choice' },
  ),
  batch,
});

export const conferenceDocumentInput = z.object({ conferenceId: entityId, batch });
export const meetingDocumentInput = z.object({ meetingId: entityId, batch });
/** One version of the family's plan. */
export const planDocumentInput = z.object({ planId: entityId, batch });
/** The record of one follow-up meeting: its summary, the review of the plan and the outcome. */
export const followUpDocumentInput = z.object({ meetingId: entityId, batch });
/** A month's papers across every conference (the time report): `YYYY-MM`. */
export const monthDocumentInput = z.object({
  month: z.string({ error: 'validation.month' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'validation.month' }),
  batch,
});

/**
 * A blank feedback form for one participant group of a meeting, in a language the convener picks
 * (the child's group gets the child's version). Anonymous: no name, no reference.
 */
export const feedbackFormDocumentInput = z.object({
  meetingId: entityId,
  group: z.enum(RESPONDENT_GROUPS, { error: 'validation.choice' }),
  language: z.enum(UI_LANGUAGES, { error: 'validation.choice' }),
  batch,
});

/** What the renderer learns about an export: the file names, and where they went. */
export type ExportOutcome =
  | { status: 'saved'; names: string[]; /** The folder or file chosen, shown to the user; null for downloads. */ location: string | null }
  | { status: 'cancelled' };

/** A file as the web host sends it over JSON: the bytes in base64. */
export interface WireDocument {
  name: string;
  mimeType: DocumentFile['mimeType'];
  base64: string;
}

/** The API error message when the desktop app could not write a file the user chose. */
export const SAVE_FAILED = 'save_failed';
