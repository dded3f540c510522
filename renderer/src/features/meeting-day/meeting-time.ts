import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { meetingInvitees } from '../../../../electron/shared/arrangements/meetings';
import {
  MEETING_PARTS,
  type Attendance,
  type MeetingDay,
  type MeetingDayFields,
  type MeetingPart,
  type PartTimer,
  type Presence,
} from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { isRunning, usedMs } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { UI_LOCALES, type UiLanguage } from '../../../../electron/shared/i18n/locales';

/*
 * What the meeting view computes from the recorded day: each part's state in words, the
 * clock texts, and the times of day in Helsinki. Pure, so the ticking display and the
 * tests agree on every second.
 */

export type PartState = 'not_started' | 'running' | 'paused' | 'ended';

const ZONE = 'Europe/Helsinki';

/**
 * `meeting` as the newest preparation has it: a change sent right after another must
 * carry the day's version that change made.
 */
export function newest(prep: Preparation, meeting: Meeting): Meeting {
  return prep.meetings.find((m) => m.id === meeting.id) ?? meeting;
}

/** One part's timer; a day recorded before a part existed counts it as not started. */
export function timerOf(day: MeetingDay, part: MeetingPart): PartTimer {
  return day.timers.find((t) => t.part === part) ?? { part, segments: [], endedAt: null };
}

export function partState(timer: PartTimer): PartState {
  if (isRunning(timer)) return 'running';
  if (timer.endedAt) return 'ended';
  return timer.segments.length > 0 ? 'paused' : 'not_started';
}

/**
 * The part the big clock shows: the one running, else the one paused most recently
 * (a break in the middle of a part), else none.
 */
export function clockPart(day: MeetingDay): PartTimer | null {
  const timers = MEETING_PARTS.map((part) => timerOf(day, part));
  const running = timers.find(isRunning);
  if (running) return running;
  const paused = timers
    .filter((t) => partState(t) === 'paused')
    .sort((a, b) => lastInstant(b).localeCompare(lastInstant(a)));
  return paused[0] ?? null;
}

function lastInstant(timer: PartTimer): string {
  const last = timer.segments[timer.segments.length - 1];
  return last?.endedAt ?? last?.startedAt ?? '';
}

/** Milliseconds all three parts have run by `now`. */
export function totalUsedMs(day: MeetingDay, now: Date): number {
  return MEETING_PARTS.reduce((sum, part) => sum + usedMs(timerOf(day, part), now), 0);
}

export function totalPlannedMinutes(day: MeetingDay): number {
  return MEETING_PARTS.reduce((sum, part) => sum + day.plannedMinutes[part], 0);
}

/** A running clock: `0:42:05`, hours not padded. */
export function clockText(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Whole minutes of `ms`, rounded down: a part is not "5 min" before five minutes have passed. */
export function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / 60_000);
}

/** When a part first started and, once ended, when it last stopped. */
export function partSpan(timer: PartTimer): { start: string | null; end: string | null } {
  const first = timer.segments[0];
  const last = timer.segments[timer.segments.length - 1];
  return {
    start: first?.startedAt ?? null,
    end: timer.endedAt && last?.endedAt ? last.endedAt : null,
  };
}

/** A clock time of day in Helsinki for people: `9.05` in Finnish, `09:05` in English. */
export function timeOfDay(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(UI_LOCALES[language], { hour: 'numeric', minute: '2-digit', timeZone: ZONE }).format(
    new Date(iso),
  );
}

/** A stored `HH:MM` time for people, in the language's own way (`9.05`). */
export function storedTimeText(time: string, language: UiLanguage): string {
  const [h = '0', m = '00'] = time.split(':');
  return language === 'fi' ? `${Number(h)}.${m}` : language === 'sv' ? `${h}.${m}` : `${h}:${m}`;
}

/** The time `now` in Helsinki as `HH:MM`, for a time input's default. */
export function helsinkiHHMM(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE })
    .formatToParts(now)
    .filter((p) => p.type === 'hour' || p.type === 'minute')
    .map((p) => p.value);
  return parts.join(':');
}

/** The meeting's date with its weekday, as a heading: `Tiistai 26.1.2027`. */
export function longDate(isoDate: string, language: UiLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // Formatted apart: together, Finnish gives the essive "tiistaina", which reads as a sentence.
  const weekday = new Intl.DateTimeFormat(UI_LOCALES[language], { weekday: 'long', timeZone: 'UTC' }).format(date);
  const day = new Intl.DateTimeFormat(UI_LOCALES[language], { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(date);
  return `${weekday.charAt(0).toLocaleUpperCase(UI_LOCALES[language])}${weekday.slice(1)} ${day}`;
}

/** The input of `meetingDay.update`: the day's fields as they are now, with `patch` applied. */
export function dayUpdate(meeting: Meeting, patch: Partial<MeetingDayFields>) {
  const { plannedMinutes, socialWorkerPresent, questionsPresented, version } = meeting.day;
  return { meetingId: meeting.id, version, plannedMinutes, socialWorkerPresent, questionsPresented, ...patch };
}

/** How one member took part; someone nobody has marked is 'unknown'. */
export function presenceOf(day: MeetingDay, memberId: string): Attendance {
  return (
    day.attendance.find((a) => a.memberId === memberId) ?? {
      memberId,
      presence: 'unknown',
      arrivedAt: null,
      gaveInformation: false,
      viewsReceivedDate: null,
      version: 1,
    }
  );
}

/**
 * The people on the day's list, in the network's order: those invited to `meeting` (for
 * the conference also those asked for written views; for a follow-up the people its plan
 * invites), and anyone already marked on the day.
 */
export function listedMembers(prep: Preparation, meeting: Meeting): NetworkMember[] {
  const listed = new Set(meetingInvitees(prep, meeting).map((m) => m.id));
  for (const record of meeting.day.attendance) listed.add(record.memberId);
  return prep.members.filter((m) => listed.has(m.id) || (meeting.kind === 'conference' && m.invite === 'written_views'));
}

/** How many of `members` took part in each way. */
export function presenceCounts(day: MeetingDay, members: NetworkMember[]): Record<Presence, number> {
  const counts: Record<Presence, number> = { unknown: 0, in_person: 0, remote: 0, written_views: 0, absent: 0 };
  for (const member of members) counts[presenceOf(day, member.id).presence] += 1;
  return counts;
}
