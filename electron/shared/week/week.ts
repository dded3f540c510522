import { z } from 'zod';
import type { ChecklistStatus } from '../arrangements/checklist';
import type { MeetingKind } from '../arrangements/meeting-kinds';
import type { MeetingType } from '../conference/conference-lists';
import { comingMeeting, meetingChecklist } from '../arrangements/meetings';
import { addDays } from '../dates';
import { meetingHasStarted } from '../meeting-day/meeting-day-rules';
import { currentNextSteps } from '../preparation/next-steps';
import type { Preparation } from '../preparation/preparation.schema';
import type { ChecklistTemplateItem } from '../settings/settings.schema';
import { isoDate } from '../validation';

/*
 * The convener's week on one screen: across every open conference, by day (Monday to
 * Sunday, calendar dates in Finland), the meetings and follow-up meetings, the checklist
 * items due, and the contact log's next steps. Computed from each conference's whole
 * preparation by the rules its own screens use, so the week never disagrees with them.
 */

/** Any day of the week asked for; the week is the Monday-to-Sunday one it falls in. */
export const weekInput = z.object({ from: isoDate }).strict();

/** Which conference a line of the week is about, as the list names it. */
export interface WeekConference {
  conferenceId: string;
  reference: string;
  children: string[];
  /** Its kind of meeting: how the line names the meeting. */
  meetingType: MeetingType;
}

export type WeekItem = WeekConference &
  (
    | { kind: 'meeting'; meetingId: string; meetingKind: MeetingKind; startTime: string | null; endTime: string | null }
    | {
        kind: 'checklist';
        meetingId: string;
        meetingKind: MeetingKind;
        item: { key: string; builtIn: boolean; text: string };
        status: Exclude<ChecklistStatus, 'done'>;
      }
    /** A contact log entry's next step; `memberName` null when the contact was with the family. */
    | { kind: 'nextStep'; contactId: string; memberName: string | null; text: string }
  );

export interface WeekDay {
  date: string;
  items: WeekItem[];
}

export interface Week {
  /** The Monday. */
  from: string;
  /** The Sunday. */
  to: string;
  /** The ISO week number, as Finnish calendars print it. */
  number: number;
  days: WeekDay[];
}

function weekday(date: string): number {
  // 0 = Monday … 6 = Sunday.
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  return addDays(date, -weekday(date));
}

/** The ISO 8601 week number of `date` (the week with the year's first Thursday is week 1). */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(mondayOf(date), 3);
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${yearStart}T00:00:00Z`)) / 86_400_000);
  return Math.floor(dayOfYear / 7) + 1;
}

const KIND_ORDER: Record<WeekItem['kind'], number> = { meeting: 0, checklist: 1, nextStep: 2 };

/** One conference's lines of the week from `from` to `to`, each with its day. */
export function weekItemsOf(
  prep: Preparation,
  template: readonly ChecklistTemplateItem[],
  range: { from: string; to: string },
  today: string,
): { date: string; item: WeekItem }[] {
  const inWeek = (date: string | null): date is string => date !== null && date >= range.from && date <= range.to;
  const about: WeekConference = {
    conferenceId: prep.conference.id,
    reference: prep.conference.reference,
    children: prep.conference.children.map((child) => child.firstName),
    meetingType: prep.conference.meetingType,
  };
  const lines: { date: string; item: WeekItem }[] = [];

  for (const meeting of prep.meetings) {
    if (!inWeek(meeting.date)) continue;
    lines.push({
      date: meeting.date,
      item: { ...about, kind: 'meeting', meetingId: meeting.id, meetingKind: meeting.kind, startTime: meeting.startTime, endTime: meeting.endTime },
    });
  }

  // The checklist of the meeting being prepared for, as its arrangements tab shows it; once its day has begun, the list is history.
  const coming = comingMeeting(prep);
  if (coming && !meetingHasStarted(coming.day.timers)) {
    for (const entry of meetingChecklist(prep, coming, template, today)) {
      if (entry.status === 'done' || !inWeek(entry.dueDate)) continue;
      lines.push({
        date: entry.dueDate,
        item: {
          ...about,
          kind: 'checklist',
          meetingId: coming.id,
          meetingKind: coming.kind,
          item: { key: entry.key, builtIn: entry.builtIn, text: entry.text },
          status: entry.status,
        },
      });
    }
  }

  // Only a person's newest entry carries their next step, as the contacts tab reads the log.
  for (const contact of currentNextSteps(prep.contacts)) {
    if (!inWeek(contact.nextStepDate)) continue;
    const member = contact.memberId === null ? undefined : prep.members.find((m) => m.id === contact.memberId);
    lines.push({
      date: contact.nextStepDate,
      item: { ...about, kind: 'nextStep', contactId: contact.id, memberName: member?.name ?? null, text: contact.nextStep },
    });
  }
  return lines;
}

/** Lines of one day in the order a convener reads them: meetings by time, then tasks, then next steps. */
function compareLines(a: WeekItem, b: WeekItem): number {
  const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (byKind !== 0) return byKind;
  if (a.kind === 'meeting' && b.kind === 'meeting') {
    const byTime = (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99');
    if (byTime !== 0) return byTime;
  }
  return a.reference.localeCompare(b.reference, 'fi');
}

/** The week `date` falls in, across the given conferences' preparations. */
export function weekOf(
  preps: readonly Preparation[],
  template: readonly ChecklistTemplateItem[],
  date: string,
  today: string,
): Week {
  const from = mondayOf(date);
  const to = addDays(from, 6);
  const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => ({ date: addDays(from, i), items: [] }));
  for (const prep of preps) {
    for (const line of weekItemsOf(prep, template, { from, to }, today)) {
      days[weekday(line.date)]!.items.push(line.item);
    }
  }
  for (const day of days) day.items.sort(compareLines);
  return { from, to, number: isoWeekNumber(from), days };
}
