import { MEETING_TYPE_DEFINITIONS } from '../conference/meeting-types';
import { addDays } from '../dates';
import { type ChecklistTemplateItem } from '../settings/settings.schema';
import { isBuiltInChecklistKey, type BuiltInChecklistKey } from '../settings/settings-lists';
import type { MeetingKind } from './meeting-kinds';
import type { Attendance } from './attendance';
import {
  factAnswer,
  NO_RECORDS,
  type ChecklistAnswer,
  type ChecklistNote,
  type ChecklistRecords,
  type ChecklistSource,
  type FactMeeting,
} from './checklist-facts';
import type { Interpreter, Meeting } from './meeting.schema';

/*
 * The template is one for every meeting, but a follow-up meeting (seurantakokous) is not
 * the conference: what the social worker writes for it is the follow-up summary, with its
 * questions to the network inside, so that item says so there. The other items read the
 * same at both.
 */
const FOLLOW_UP_WORDED = ['summary'] as const satisfies readonly BuiltInChecklistKey[];

/** How a built-in item is worded at some meeting: its key, or `followUp.<key>` where a follow-up words it its own way. */
export type BuiltInWording = BuiltInChecklistKey | `followUp.${(typeof FOLLOW_UP_WORDED)[number]}`;

/**
 * The wording of built-in item `key` at a meeting of `kind`: the catalogs label it
 * `checklist.item.<wording>` and say it as a thing to do as `nextDue.checklist.<wording>`.
 */
export function builtInWording(key: BuiltInChecklistKey, kind: MeetingKind): BuiltInWording {
  if (kind === 'follow_up') {
    const own = FOLLOW_UP_WORDED.find((worded) => worded === key);
    if (own) return `followUp.${own}`;
  }
  return key;
}

/** How an item stands on a given day. */
export type ChecklistStatus = 'done' | 'overdue' | 'dueSoon' | 'open';

/** Items due within this many days count as due soon. */
export const DUE_SOON_DAYS = 3;

export interface ChecklistEntry {
  /** The template key, or the custom item's id. */
  key: string;
  /** True for an item added to this meeting only. */
  custom: boolean;
  /** True for a built-in item: its label is the catalog's, worded for the meeting (`builtInWording`). */
  builtIn: boolean;
  /** The convener's own text; '' for built-in items. */
  text: string;
  /** Null while the meeting has no date (template items) or the custom item has none. */
  dueDate: string | null;
  doneDate: string | null;
  status: ChecklistStatus;
  /** How it can be ticked: by its recorded fact only, by a log or by hand, or by hand only. */
  answer: ChecklistAnswer;
  /** Where the fact that ticked it was recorded; null when ticked by hand or not done. */
  source: ChecklistSource | null;
  /** What the convener should know about the item's fact, done or not. */
  note: ChecklistNote | null;
}

function statusOf(dueDate: string | null, doneDate: string | null, today: string): ChecklistStatus {
  if (doneDate) return 'done';
  if (!dueDate) return 'open';
  if (dueDate < today) return 'overdue';
  return dueDate <= addDays(today, DUE_SOON_DAYS) ? 'dueSoon' : 'open';
}

/** What the checklist reads of a meeting: its date, what calls for the optional items, its ticks. */
export type ChecklistMeeting = Pick<Meeting, 'date' | 'childcareNeeded' | 'checklist'> &
  FactMeeting & {
    interpreters: readonly Pick<Interpreter, 'language' | 'bookedDate'>[];
  };

/** What the checklist reads of the attendance: who needs an interpreter and, when known, the headcount. */
export type ChecklistAttendance = Pick<Attendance, 'interpreterNeeds'> & { headcount?: number };

/** Built-in items that apply to the kind of meeting and appear only when the data calls for them. */
function needed(key: BuiltInChecklistKey, meeting: ChecklistMeeting, attendance: ChecklistAttendance, records: ChecklistRecords): boolean {
  if (!MEETING_TYPE_DEFINITIONS[records.meetingType].checklistItems.includes(key)) return false;
  if (key === 'interpreter') return attendance.interpreterNeeds.length > 0 || meeting.interpreters.length > 0;
  if (key === 'childcare') return meeting.childcareNeeded;
  return true;
}

/**
 * The checklist of one meeting on `today`: the template's items that apply, due
 * relative to the meeting date, then the meeting's own items; sorted by due date
 * (undated last), keeping the template's order among equals. Built-in items a recorded
 * fact answers are done by that fact (checklist-facts.ts), a hand tick only where no
 * fact contradicts it.
 */
export function checklistOf(
  meeting: ChecklistMeeting,
  template: readonly ChecklistTemplateItem[],
  attendance: ChecklistAttendance,
  today: string,
  records: ChecklistRecords = NO_RECORDS,
): ChecklistEntry[] {
  const fromTemplate = template
    .filter((item) => !isBuiltInChecklistKey(item.key) || needed(item.key, meeting, attendance, records))
    .map((item): ChecklistEntry => {
      const dueDate = meeting.date ? addDays(meeting.date, -item.daysBefore) : null;
      const handTick = meeting.checklist.done[item.key] ?? null;
      const builtIn = isBuiltInChecklistKey(item.key);
      const fact = isBuiltInChecklistKey(item.key) ? factAnswer(item.key, meeting, attendance, records) : null;
      const doneDate = !fact || fact.answer === 'hand' ? handTick : fact.answer === 'fact' ? fact.doneDate : (fact.doneDate ?? handTick);
      return {
        key: item.key,
        custom: false,
        builtIn,
        text: builtIn ? '' : item.text,
        dueDate,
        doneDate,
        status: statusOf(dueDate, doneDate, today),
        answer: fact?.answer ?? 'hand',
        source: fact?.doneDate ? fact.source : null,
        note: fact?.note ?? null,
      };
    });
  const own = meeting.checklist.custom.map(
    (item): ChecklistEntry => ({
      key: item.id,
      custom: true,
      builtIn: false,
      text: item.text,
      dueDate: item.dueDate,
      doneDate: item.doneDate,
      status: statusOf(item.dueDate, item.doneDate, today),
      answer: 'hand',
      source: null,
      note: null,
    }),
  );
  const order = (entry: ChecklistEntry) => entry.dueDate ?? '9999-12-31';
  return [...fromTemplate, ...own]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => order(a.entry).localeCompare(order(b.entry)) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** True when the convener may tick or un-tick `entry` by hand: no recorded fact decides it. */
export function isHandTickable(entry: Pick<ChecklistEntry, 'answer' | 'source'>): boolean {
  return entry.answer === 'hand' || (entry.answer === 'log' && entry.source === null);
}
