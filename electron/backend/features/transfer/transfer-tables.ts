/*
 * Every table of the database and how it travels in an export (docs/export-format.md), in
 * foreign-key order: a table comes after every table it refers to, so an import can insert
 * them in this order. A table missing here is refused by `transfer.test.ts`, which compares
 * this list with the database's own (a new table cannot be left out of exports silently).
 *
 * `of` selects one conference's rows (`@conferenceId`); a table without it belongs to the
 * whole app and travels only in the 'all' export. `text` names the free-text columns: on
 * import they go through the same text rule as every API input.
 */

export interface TransferTable {
  name: string;
  /** SQL condition on the table's own columns for one conference's rows; none: app-wide. */
  of?: string;
  /** Columns a person typed (names, notes, answers): the text rule applies to them. */
  text: readonly string[];
}

const byConference = 'conference_id = @conferenceId';
const byChild = 'child_id IN (SELECT id FROM conference_child WHERE conference_id = @conferenceId)';
const byMeeting = 'meeting_id IN (SELECT id FROM meeting WHERE conference_id = @conferenceId)';
const byPlan = 'plan_id IN (SELECT id FROM plan WHERE conference_id = @conferenceId)';

export const TRANSFER_TABLES: readonly TransferTable[] = [
  { name: 'setting', text: [] },
  // The anonymous counts kept of deleted conferences (no names, no link to any conference).
  { name: 'conference_statistics', text: [] },
  { name: 'statistics_record', text: [] },
  {
    name: 'conference',
    of: 'id = @conferenceId',
    text: ['reference', 'social_worker_name', 'social_worker_unit', 'social_worker_phone', 'social_worker_email', 'notes', 'close_text'],
  },
  { name: 'conference_child', of: byConference, text: ['first_name'] },
  { name: 'commission', of: byConference, text: ['notes'] },
  { name: 'commission_child', of: byChild, text: [] },
  { name: 'commission_concern', of: byConference, text: ['text'] },
  { name: 'child_participation', of: byChild, text: ['note'] },
  {
    name: 'network_member',
    of: byConference,
    text: [
      'name',
      'relation',
      'phone',
      'email',
      'address',
      'other_language',
      'accessibility',
      'diet',
      'notes',
      'not_invited_reason',
      'worker_organisation',
      'worker_topic',
    ],
  },
  { name: 'support_person', of: byChild, text: [] },
  // A guardian is a network member: the role comes after the person.
  { name: 'conference_guardian', of: byConference, text: [] },
  {
    name: 'commission_guardian',
    of: 'guardian_id IN (SELECT id FROM conference_guardian WHERE conference_id = @conferenceId)',
    text: [],
  },
  { name: 'contact_entry', of: byConference, text: ['discussed', 'next_step'] },
  { name: 'summary', of: byConference, text: ['text', 'shared_with_network'] },
  { name: 'summary_item', of: byConference, text: ['text'] },
  {
    name: 'meeting',
    of: byConference,
    text: [
      'venue_name',
      'venue_address',
      'venue_main_room_fi',
      'venue_main_room_sv',
      'venue_main_room_en',
      'venue_private_room',
      'venue_accessibility_fi',
      'venue_accessibility_sv',
      'venue_accessibility_en',
      'venue_parking_fi',
      'venue_parking_sv',
      'venue_parking_en',
      'venue_booking_contact',
      'refreshments_what',
      'refreshments_supplier',
      'refreshments_supplier_contact',
      'remote_link',
      'remote_for',
      'childcare',
      'travel_support',
      'other_materials',
      'purpose_fi',
      'purpose_sv',
      'purpose_en',
      'notes',
    ],
  },
  { name: 'meeting_interpreter', of: byMeeting, text: ['language', 'provider'] },
  { name: 'checklist_done', of: byMeeting, text: [] },
  { name: 'checklist_item', of: byMeeting, text: ['text'] },
  { name: 'letter_export', of: byMeeting, text: ['exported_by'] },
  { name: 'meeting_reply', of: byMeeting, text: [] },
  { name: 'meeting_day', of: byMeeting, text: [] },
  { name: 'meeting_part_end', of: byMeeting, text: [] },
  { name: 'meeting_timer_segment', of: byMeeting, text: [] },
  { name: 'meeting_attendance', of: byMeeting, text: [] },
  { name: 'meeting_child_heard', of: byMeeting, text: ['note', 'worries', 'good_things', 'dreams'] },
  { name: 'meeting_turn', of: byMeeting, text: [] },
  { name: 'meeting_flip_chart', of: byMeeting, text: ['client_view'] },
  { name: 'meeting_flip_chart_line', of: byMeeting, text: ['text'] },
  { name: 'plan', of: byConference, text: ['problems', 'monitoring', 'decision_reasons'] },
  { name: 'plan_item', of: byPlan, text: ['what', 'follow_up'] },
  {
    name: 'plan_item_bottom_line',
    of: 'item_id IN (SELECT i.id FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE p.conference_id = @conferenceId)',
    text: [],
  },
  { name: 'plan_service', of: byPlan, text: ['what'] },
  { name: 'plan_recipient', of: byPlan, text: [] },
  { name: 'plan_invitee', of: byPlan, text: [] },
  { name: 'plan_dissent', of: byPlan, text: ['text'] },
  { name: 'plan_not_acceptable_check', of: byPlan, text: [] },
  { name: 'plan_kept', of: byPlan, text: ['social_worker_name'] },
  { name: 'plan_kept_summary_item', of: byPlan, text: ['text'] },
  { name: 'plan_kept_member', of: byPlan, text: ['name', 'relation', 'organisation'] },
  { name: 'plan_kept_child', of: byPlan, text: ['first_name'] },
  { name: 'follow_up', of: byMeeting, text: ['worked', 'to_refine', 'new_concerns', 'work_so_far', 'close_text'] },
  { name: 'follow_up_question', of: byMeeting, text: ['text'] },
  { name: 'follow_up_review', of: byMeeting, text: ['comment'] },
  { name: 'work_entry', of: byConference, text: [] },
  { name: 'conference_cost', of: byConference, text: ['what'] },
  { name: 'meeting_feedback', of: byMeeting, text: [] },
  { name: 'meeting_feedback_response', of: byMeeting, text: [] },
];

/** The tables an export of `scope` carries, in foreign-key order. */
export function tablesOf(scope: 'conference' | 'all'): readonly TransferTable[] {
  return scope === 'all' ? TRANSFER_TABLES : TRANSFER_TABLES.filter((table) => table.of !== undefined);
}
