import type { Meeting } from '../arrangements/meeting.schema';
import type { ContactEntry } from '../preparation/contact.schema';
import { WORK_ACTIVITIES, type CostEntry, type CostKind, type WorkActivity, type WorkEntry } from './work.schema';

/*
 * The working time and the costs of a conference, derived from where each fact is entered:
 * the working-time log, the contacts' lengths (working time of the preparation), the
 * meetings' arrangements (venue, refreshments, interpreters) and the travel and other costs.
 * Nothing here is stored; the tab, the time report and the month's report read the same rows.
 */

/** One row of the working-time log: an entry of its own, or a contact's length. */
export type WorkLogRow =
  | { source: 'entry'; id: string; date: string; minutes: number; activity: WorkActivity; entry: WorkEntry }
  | { source: 'contact'; id: string; date: string; minutes: number; activity: 'preparation'; contact: ContactEntry };

export interface WorkTotals {
  /** Minutes per activity, every activity present (0 when none). */
  byActivity: Record<WorkActivity, number>;
  /** Minutes in all. */
  total: number;
}

/** What a cost line is for: a meeting's own arrangements, or a travel or other cost. */
export type CostLineKind = 'venue' | 'refreshments' | 'interpreter' | CostKind;

/** One line of a conference's costs. */
export interface CostLine {
  kind: CostLineKind;
  /** Cents. */
  amount: number;
  /** The cost's date: a travel or other cost's own, a meeting's arrangements' the meeting's (null while it has none). */
  date: string | null;
  /** A travel or other cost's `what`; an interpreter's language key; '' otherwise. */
  what: string;
  /** The meeting it is a cost of; null for the preparation. */
  meetingId: string | null;
  /** The stored travel or other cost behind the line, to edit it. */
  cost: CostEntry | null;
}

/** A meeting's own costs that are not known yet: what the arrangements tab should be asked for. */
export type MissingCost = 'venue' | 'refreshments' | 'interpreters';

export interface MeetingCosts {
  meeting: Meeting;
  lines: CostLine[];
  /** Cents. */
  total: number;
  missing: MissingCost[];
}

export interface ConferenceCosts {
  /** Each meeting's costs, in the conference's meeting order. */
  meetings: MeetingCosts[];
  /** Travel and other costs tied to no meeting. */
  preparation: CostLine[];
  /** Cents of `preparation`. */
  preparationTotal: number;
  /** Cents in all. */
  total: number;
}

const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '9999').localeCompare(b.date ?? '9999');

/** The working-time log: the entries and the contacts with a length, in date order (entries first on a day). */
export function workLogRows(prep: { work: readonly WorkEntry[]; contacts: readonly ContactEntry[] }): WorkLogRow[] {
  const entries: WorkLogRow[] = prep.work.map((entry) => ({
    source: 'entry',
    id: entry.id,
    date: entry.date,
    minutes: entry.minutes,
    activity: entry.activity,
    entry,
  }));
  const contacts: WorkLogRow[] = [...prep.contacts]
    .reverse()
    .filter((contact): contact is ContactEntry & { durationMinutes: number } => contact.durationMinutes !== null)
    .map((contact) => ({
      source: 'contact',
      id: contact.id,
      date: contact.date,
      minutes: contact.durationMinutes,
      activity: 'preparation',
      contact,
    }));
  // A stable sort keeps each source's own order within a day.
  return [...entries, ...contacts].sort(byDate);
}

/** Minutes per activity and in all of `rows`. */
export function workTotals(rows: readonly Pick<WorkLogRow, 'minutes' | 'activity'>[]): WorkTotals {
  const byActivity = Object.fromEntries(WORK_ACTIVITIES.map((activity) => [activity, 0])) as Record<WorkActivity, number>;
  for (const row of rows) byActivity[row.activity] += row.minutes;
  return { byActivity, total: rows.reduce((sum, row) => sum + row.minutes, 0) };
}

function costLine(cost: CostEntry): CostLine {
  return { kind: cost.kind, amount: cost.amount, date: cost.date, what: cost.what, meetingId: cost.meetingId, cost };
}

const sum = (lines: readonly CostLine[]) => lines.reduce((total, line) => total + line.amount, 0);

/** A meeting's own costs from its arrangements, then the travel and other costs tied to it (in date order). */
export function meetingCosts(meeting: Meeting, costs: readonly CostEntry[]): MeetingCosts {
  const own = (kind: CostLineKind, amount: number | null, what = ''): CostLine[] =>
    amount === null ? [] : [{ kind, amount, date: meeting.date, what, meetingId: meeting.id, cost: null }];
  const lines = [
    ...own('venue', meeting.venue.cost),
    ...own('refreshments', meeting.refreshments.cost),
    ...meeting.interpreters.flatMap((interpreter) => own('interpreter', interpreter.cost, interpreter.language)),
    ...costs.filter((cost) => cost.meetingId === meeting.id).map(costLine).sort(byDate),
  ];
  const missing: MissingCost[] = [];
  const venueChosen = meeting.venue.name.trim() !== '' || meeting.venue.bookingStatus !== 'not_booked';
  if (venueChosen && meeting.venue.cost === null) missing.push('venue');
  const refreshmentsOrdered = meeting.refreshments.what.trim() !== '' || meeting.refreshments.orderedDate !== null;
  if (refreshmentsOrdered && meeting.refreshments.cost === null) missing.push('refreshments');
  if (meeting.interpreters.some((interpreter) => interpreter.cost === null)) missing.push('interpreters');
  return { meeting, lines, total: sum(lines), missing };
}

/** Every meeting's costs, the costs of the preparation (tied to no meeting) and the conference's total. */
export function conferenceCosts(prep: { meetings: readonly Meeting[]; costs: readonly CostEntry[] }): ConferenceCosts {
  const meetings = prep.meetings.map((meeting) => meetingCosts(meeting, prep.costs));
  const known = new Set(prep.meetings.map((meeting) => meeting.id));
  // A cost whose meeting is gone (its foreign key set null, or not in the list) is the preparation's.
  const preparation = prep.costs.filter((cost) => cost.meetingId === null || !known.has(cost.meetingId)).map(costLine).sort(byDate);
  const preparationTotal = sum(preparation);
  return { meetings, preparation, preparationTotal, total: meetings.reduce((total, m) => total + m.total, preparationTotal) };
}

/** Every cost line of a conference, in date order (lines of an undated meeting last). */
export function costLines(costs: ConferenceCosts): CostLine[] {
  return [...costs.meetings.flatMap((m) => m.lines), ...costs.preparation].sort(byDate);
}

/** Whether `date` (`YYYY-MM-DD`) is in `month` (`YYYY-MM`); an undated line is in no month. */
export function isInMonth(date: string | null, month: string): boolean {
  return date !== null && date.slice(0, 7) === month;
}

/** Cents of `minutes` of work at `hourlyRate` cents an hour, rounded to a cent. */
export function workCost(minutes: number, hourlyRate: number): number {
  return Math.round((minutes * hourlyRate) / 60);
}
