import type { MeetingType } from '../../../shared/conference/conference-lists';
import type { HeldBefore } from '../../../shared/conference/held-before.schema';
import type { MeetingKind } from '../../../shared/arrangements/meeting-kinds';
import type { Db } from '../../db/raw-database';
import {
  MATERIALS,
  type BookingStatus,
  type ChecklistState,
  type Interpreter,
  type InterpreterMode,
  type Material,
  type Meeting,
  type MeetingFields,
  type MeetingReply,
} from '../../../shared/arrangements/meeting.schema';
import type { MeetingDay } from '../../../shared/meeting-day/meeting-day.schema';
import { meetingDaysOf } from '../meeting-day/meeting-day.repo';
import { checklistStatesOf } from './checklist.repo';
import { repliesOf } from './reply.repo';

interface MeetingRow {
  id: string;
  conference_id: string;
  kind: string;
  /** The conference's kind of meeting (joined): its day's parts follow it. */
  meeting_type: string;
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  venue_name: string;
  venue_address: string;
  venue_main_room_fi: string;
  venue_main_room_sv: string;
  venue_main_room_en: string;
  venue_private_room: string;
  venue_capacity: number | null;
  venue_accessibility_fi: string;
  venue_accessibility_sv: string;
  venue_accessibility_en: string;
  venue_parking_fi: string;
  venue_parking_sv: string;
  venue_parking_en: string;
  venue_booking_contact: string;
  venue_booking_status: string;
  venue_booked_date: string | null;
  held_before_app: number;
  refreshments_what: string;
  refreshments_supplier: string;
  refreshments_supplier_contact: string;
  refreshments_ordered_date: string | null;
  refreshments_ordered_headcount: number | null;
  refreshments_cost_cents: number | null;
  venue_cost_cents: number | null;
  remote_link: string;
  remote_for: string;
  childcare_needed: number;
  childcare: string;
  travel_support: string;
  materials: string;
  other_materials: string;
  reply_by: string | null;
  purpose_fi: string;
  purpose_sv: string;
  purpose_en: string;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

interface InterpreterRow {
  meeting_id: string;
  position: number;
  language: string;
  provider: string;
  booked_date: string | null;
  confirmed: number;
  mode: string;
  cost_cents: number | null;
}

function toInterpreter(row: InterpreterRow): Interpreter {
  return {
    language: row.language,
    provider: row.provider,
    bookedDate: row.booked_date,
    confirmed: row.confirmed === 1,
    mode: row.mode as InterpreterMode,
    cost: row.cost_cents,
  };
}

function toMeeting(
  row: MeetingRow,
  interpreters: Interpreter[],
  checklist: ChecklistState,
  day: MeetingDay,
  replies: MeetingReply[],
): Meeting {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    kind: row.kind as MeetingKind,
    venueBookedDate: row.venue_booked_date,
    heldBeforeApp: row.held_before_app === 1,
    day,
    replies,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    venue: {
      name: row.venue_name,
      address: row.venue_address,
      mainRoom: { fi: row.venue_main_room_fi, sv: row.venue_main_room_sv, en: row.venue_main_room_en },
      privateRoom: row.venue_private_room,
      capacity: row.venue_capacity,
      accessibility: { fi: row.venue_accessibility_fi, sv: row.venue_accessibility_sv, en: row.venue_accessibility_en },
      parking: { fi: row.venue_parking_fi, sv: row.venue_parking_sv, en: row.venue_parking_en },
      bookingContact: row.venue_booking_contact,
      bookingStatus: row.venue_booking_status as BookingStatus,
      cost: row.venue_cost_cents,
    },
    refreshments: {
      what: row.refreshments_what,
      supplier: row.refreshments_supplier,
      supplierContact: row.refreshments_supplier_contact,
      orderedDate: row.refreshments_ordered_date,
      orderedHeadcount: row.refreshments_ordered_headcount,
      cost: row.refreshments_cost_cents,
    },
    interpreters,
    remoteLink: row.remote_link,
    remoteFor: row.remote_for,
    childcareNeeded: row.childcare_needed === 1,
    childcare: row.childcare,
    travelSupport: row.travel_support,
    materials: JSON.parse(row.materials) as Material[],
    otherMaterials: row.other_materials,
    invitation: {
      replyBy: row.reply_by,
      purpose: { fi: row.purpose_fi, sv: row.purpose_sv, en: row.purpose_en },
    },
    notes: row.notes,
    checklist,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Rows of several meetings, grouped by meeting in their order. */
export function groupByMeeting<T extends { meeting_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.meeting_id);
    if (list) list.push(row);
    else map.set(row.meeting_id, [row]);
  }
  return map;
}

function assemble(db: Db, rows: MeetingRow[], interpreterRows: InterpreterRow[]): Meeting[] {
  const interpreters = groupByMeeting(interpreterRows);
  const ids = rows.map((row) => row.id);
  const checklists = checklistStatesOf(db, ids);
  const replies = repliesOf(db, ids);
  const days = meetingDaysOf(
    db,
    rows.map((row) => ({
      id: row.id,
      kind: row.kind as MeetingKind,
      startTime: row.start_time,
      endTime: row.end_time,
      meetingType: row.meeting_type as MeetingType,
    })),
  );
  return rows.map((row) =>
    toMeeting(
      row,
      (interpreters.get(row.id) ?? []).map(toInterpreter),
      checklists.get(row.id) ?? { done: {}, doneVersions: {}, custom: [] },
      days.get(row.id)!,
      replies.get(row.id) ?? [],
    ),
  );
}

/**
 * The meetings of a conference: its own meeting first, then follow-ups by date (undated
 * last, then in the order they were made).
 */
export function listMeetings(db: Db, conferenceId: string): Meeting[] {
  const rows = db
    .prepare(
      `SELECT m.*, c.meeting_type FROM meeting m JOIN conference c ON c.id = m.conference_id
       WHERE m.conference_id = @conferenceId
       ORDER BY m.kind <> 'conference', m.date IS NULL, m.date, m.created_at, m.rowid`,
    )
    .all({ conferenceId }) as MeetingRow[];
  const interpreterRows = db
    .prepare(
      `SELECT i.* FROM meeting_interpreter i JOIN meeting m ON m.id = i.meeting_id
       WHERE m.conference_id = @conferenceId ORDER BY i.meeting_id, i.position`,
    )
    .all({ conferenceId }) as InterpreterRow[];
  return assemble(db, rows, interpreterRows);
}

/** The meeting with `id`, or undefined. */
export function findMeeting(db: Db, id: string): Meeting | undefined {
  const row = db
    .prepare('SELECT m.*, c.meeting_type FROM meeting m JOIN conference c ON c.id = m.conference_id WHERE m.id = @id')
    .get({ id }) as MeetingRow | undefined;
  if (!row) return undefined;
  const interpreterRows = db
    .prepare('SELECT * FROM meeting_interpreter WHERE meeting_id = @id ORDER BY position')
    .all({ id }) as InterpreterRow[];
  return assemble(db, [row], interpreterRows)[0];
}

/** The conference a meeting belongs to, or undefined for an unknown meeting: what a change checks first. */
export function findMeetingConferenceId(db: Db, id: string): string | undefined {
  return db.prepare('SELECT conference_id FROM meeting WHERE id = @id').pluck().get({ id }) as string | undefined;
}

/** A meeting with nothing arranged yet. */
export function insertMeeting(
  db: Db,
  meeting: { id: string; conferenceId: string; kind: MeetingKind; date?: string | null; now: string },
): void {
  db.prepare(
    `INSERT INTO meeting (id, conference_id, kind, date, created_at, updated_at)
     VALUES (@id, @conferenceId, @kind, @date, @now, @now)`,
  ).run({ ...meeting, date: meeting.date ?? null });
}

/**
 * Records the meeting as held before the app on `held`'s date and times, if it is still at
 * `version`; returns false when someone else saved in between.
 */
export function recordHeldBefore(
  db: Db,
  update: { id: string; version: number; now: string; held: HeldBefore },
): boolean {
  const result = db
    .prepare(
      `UPDATE meeting SET held_before_app = 1, date = @date, start_time = @startTime, end_time = @endTime,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({ id: update.id, version: update.version, now: update.now, ...update.held });
  return result.changes === 1;
}

/**
 * Replaces the meeting's arrangements (its interpreter lines included) if it is still at
 * `version`; returns false when someone else saved in between.
 */
export function updateMeeting(
  db: Db,
  update: { id: string; version: number; now: string; today: string; fields: MeetingFields },
): boolean {
  const { fields: f } = update;
  const result = db
    .prepare(
      `UPDATE meeting SET date = @date, start_time = @start_time, end_time = @end_time,
         venue_name = @venue_name, venue_address = @venue_address, venue_main_room_fi = @venue_main_room_fi,
         venue_main_room_sv = @venue_main_room_sv, venue_main_room_en = @venue_main_room_en,
         venue_private_room = @venue_private_room, venue_capacity = @venue_capacity,
         venue_accessibility_fi = @venue_accessibility_fi, venue_accessibility_sv = @venue_accessibility_sv,
         venue_accessibility_en = @venue_accessibility_en, venue_parking_fi = @venue_parking_fi,
         venue_parking_sv = @venue_parking_sv, venue_parking_en = @venue_parking_en,
         venue_booking_contact = @venue_booking_contact, venue_booking_status = @venue_booking_status,
         venue_booked_date = CASE WHEN @venue_booking_status <> 'booked' THEN NULL
           WHEN venue_booking_status = 'booked' AND venue_booked_date IS NOT NULL THEN venue_booked_date
           ELSE @today END,
         refreshments_what = @refreshments_what, refreshments_supplier = @refreshments_supplier,
         refreshments_supplier_contact = @refreshments_supplier_contact,
         refreshments_ordered_date = @refreshments_ordered_date,
         refreshments_ordered_headcount = @refreshments_ordered_headcount, refreshments_cost_cents = @refreshments_cost_cents,
         venue_cost_cents = @venue_cost_cents,
         remote_link = @remote_link, remote_for = @remote_for, childcare_needed = @childcare_needed,
         childcare = @childcare, travel_support = @travel_support, materials = @materials,
         other_materials = @other_materials, reply_by = @reply_by, purpose_fi = @purpose_fi,
         purpose_sv = @purpose_sv, purpose_en = @purpose_en, notes = @notes,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({
      id: update.id,
      version: update.version,
      now: update.now,
      today: update.today,
      date: f.date,
      start_time: f.startTime,
      end_time: f.endTime,
      venue_name: f.venue.name,
      venue_address: f.venue.address,
      venue_main_room_fi: f.venue.mainRoom.fi,
      venue_main_room_sv: f.venue.mainRoom.sv,
      venue_main_room_en: f.venue.mainRoom.en,
      venue_private_room: f.venue.privateRoom,
      venue_capacity: f.venue.capacity,
      venue_accessibility_fi: f.venue.accessibility.fi,
      venue_accessibility_sv: f.venue.accessibility.sv,
      venue_accessibility_en: f.venue.accessibility.en,
      venue_parking_fi: f.venue.parking.fi,
      venue_parking_sv: f.venue.parking.sv,
      venue_parking_en: f.venue.parking.en,
      venue_booking_contact: f.venue.bookingContact,
      venue_booking_status: f.venue.bookingStatus,
      refreshments_what: f.refreshments.what,
      refreshments_supplier: f.refreshments.supplier,
      refreshments_supplier_contact: f.refreshments.supplierContact,
      refreshments_ordered_date: f.refreshments.orderedDate,
      refreshments_ordered_headcount: f.refreshments.orderedHeadcount,
      refreshments_cost_cents: f.refreshments.cost,
      venue_cost_cents: f.venue.cost,
      remote_link: f.remoteLink,
      remote_for: f.remoteFor,
      childcare_needed: f.childcareNeeded ? 1 : 0,
      childcare: f.childcare,
      travel_support: f.travelSupport,
      // Stored once each, in the schema's order, whatever order the form sent them in.
      materials: JSON.stringify(MATERIALS.filter((material) => f.materials.includes(material))),
      other_materials: f.otherMaterials,
      reply_by: f.invitation.replyBy,
      purpose_fi: f.invitation.purpose.fi,
      purpose_sv: f.invitation.purpose.sv,
      purpose_en: f.invitation.purpose.en,
      notes: f.notes,
    });
  if (result.changes !== 1) return false;
  db.prepare('DELETE FROM meeting_interpreter WHERE meeting_id = @id').run({ id: update.id });
  const insert = db.prepare(
    `INSERT INTO meeting_interpreter (meeting_id, position, language, provider, booked_date, confirmed, mode, cost_cents)
     VALUES (@meetingId, @position, @language, @provider, @bookedDate, @confirmed, @mode, @cost)`,
  );
  f.interpreters.forEach((line, position) => {
    insert.run({ meetingId: update.id, position, ...line, confirmed: line.confirmed ? 1 : 0 });
  });
  return true;
}
