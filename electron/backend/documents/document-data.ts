import { Packer, type Document } from 'docx';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { DOCX_MIME, type DocumentFile } from '../../shared/documents/documents.schema';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import type { Settings } from '../../shared/settings/settings.schema';
import { stampDocx } from './docx-stamp';

/** What every paper is made from: read in the handler's transaction, built after it. */
export interface PaperData {
  prep: Preparation;
  settings: Settings;
  /** The document's date, `YYYY-MM-DD` in Helsinki. */
  today: string;
}

/** A paper about one meeting: its letters, checklist, participant list. */
export interface MeetingData extends PaperData {
  meeting: Meeting;
}

/** A Word document built but not yet packed, with its file name. */
export interface DocxPlan {
  name: string;
  document: Document;
  /** An ISO instant to stamp the file with, so it packs the same every time; the moment of packing when not given. */
  time?: string;
}

/** Packs a built document into the file the API returns. */
export async function packDocx(plan: DocxPlan): Promise<DocumentFile> {
  const packed = await Packer.toBuffer(plan.document);
  const buffer = plan.time ? Buffer.from(stampDocx(packed, plan.time)) : packed;
  return { name: plan.name, mimeType: DOCX_MIME, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
