import type { MeetingKind } from '../arrangements/meeting-kinds';
import type { MeetingType, Phase } from '../conference/conference-lists';
import { dayLayoutOf } from '../conference/meeting-types';
import {
  DEFAULT_PART_MINUTES,
  MEETING_PARTS,
  meetingDayFieldsSchema,
  type ConferencePart,
  type MeetingDay,
  type MeetingPart,
  type PartTimer,
  type TimerAction,
  type TimerSegment,
} from './meeting-day.schema';

/*
 * The rules of the day's clocks, pure so the backend and the meeting view agree: one
 * clock runs at a time, a part can be paused and resumed, and ending a part keeps its
 * time (it can be started again and counts on).
 */

function close(segment: TimerSegment, now: string): TimerSegment {
  if (segment.endedAt !== null) return segment;
  // A clock set back during the meeting must not make a stretch end before it began.
  return { ...segment, endedAt: now < segment.startedAt ? segment.startedAt : now };
}

/**
 * The timers after `action` on `part` at the instant `now` (ISO 8601 UTC). Start opens a
 * stretch (nothing if it runs) and pauses any other running part; pause closes the
 * running stretch; end closes it and marks the part ended. What would change nothing
 * returns the same timers.
 */
export function applyTimerAction(
  timers: PartTimer[],
  part: MeetingPart,
  action: TimerAction,
  now: string,
): PartTimer[] {
  const target = timers.find((timer) => timer.part === part);
  if (!target) throw new Error(`No timer for part ${part}`);
  const running = isRunning(target);
  const withTarget = (change: (timer: PartTimer) => PartTimer) =>
    timers.map((timer) => (timer.part === part ? change(timer) : timer));

  switch (action) {
    case 'start':
      if (running) return timers;
      return timers.map((timer) =>
        timer.part === part
          ? { ...timer, segments: [...timer.segments, { startedAt: now, endedAt: null }], endedAt: null }
          : isRunning(timer)
            ? { ...timer, segments: timer.segments.map((segment) => close(segment, now)) }
            : timer,
      );
    case 'pause':
      if (!running) return timers;
      return withTarget((timer) => ({ ...timer, segments: timer.segments.map((segment) => close(segment, now)) }));
    case 'end': {
      // A part never started cannot end, and an ended part keeps the time it ended at.
      if (target.segments.length === 0 || (!running && target.endedAt !== null)) return timers;
      const segments = target.segments.map((segment) => close(segment, now));
      const lastEnd = segments.at(-1)?.endedAt ?? now;
      return withTarget((timer) => ({ ...timer, segments, endedAt: now < lastEnd ? lastEnd : now }));
    }
  }
}

/** True once any part of the meeting has been started: the meeting is being held. */
export function meetingHasStarted(timers: PartTimer[]): boolean {
  return timers.some((timer) => timer.segments.length > 0);
}

/**
 * The phase a conference moves to when its own meeting starts, or null to stay: one still
 * in commission or preparation is now being held.
 */
export function phaseWhenMeetingStarts(phase: Phase): Phase | null {
  return phase === 'toimeksianto' || phase === 'valmistelu' ? 'neuvonpito' : null;
}

/** The parts a meeting of `kind` in a conference of `type` times, in order. */
export function dayPartsOf(type: MeetingType, kind: MeetingKind): readonly MeetingPart[] {
  const layout = dayLayoutOf(type, kind);
  return layout.layout === 'parts' ? MEETING_PARTS : layout.steps.map((step) => step.part);
}

/** Milliseconds a part has run by `now`, counting a running segment up to `now`. */
export function usedMs(timer: PartTimer, now: Date): number {
  return timer.segments.reduce((sum, segment) => {
    const end = segment.endedAt ? Date.parse(segment.endedAt) : now.getTime();
    return sum + Math.max(0, end - Date.parse(segment.startedAt));
  }, 0);
}

/** True while a part's clock runs. */
export function isRunning(timer: PartTimer): boolean {
  return timer.segments.some((segment) => segment.endedAt === null);
}

/** Minutes from `HH:MM` to `HH:MM` on one day; null without both or when the end is not later. */
function bookedMinutes(startTime: string | null, endTime: string | null): number | null {
  if (!startTime || !endTime) return null;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const booked = minutes(endTime) - minutes(startTime);
  return booked > 0 ? booked : null;
}

/**
 * The parts' planned minutes before the convener sets them: the kind's proportions stretched
 * to fill the booked time (5 h booked → the parts fill 5 h), in 5-minute steps with the plan
 * taking the rest; the kind's defaults when no time is booked (or too little to share).
 */
export function defaultPartMinutes(kind: MeetingKind, booked: { startTime: string | null; endTime: string | null } = { startTime: null, endTime: null }): Record<ConferencePart, number> {
  const base = DEFAULT_PART_MINUTES[kind];
  const total = bookedMinutes(booked.startTime, booked.endTime);
  if (total === null || total < 30 || total > 3 * 360) return { ...base };
  const baseTotal = base.information + base.private_time + base.plan;
  const share = (minutes: number) => Math.min(360, Math.max(5, Math.round((total * minutes) / baseTotal / 5) * 5));
  const information = share(base.information);
  const privateTime = share(base.private_time);
  const plan = Math.min(360, Math.max(5, total - information - privateTime));
  return { information, private_time: privateTime, plan };
}

/**
 * The day of a meeting of `kind` in a conference of `type` before anything is recorded: its
 * parts (or steps) not started, the parts' minutes filling the `booked` time.
 */
export function emptyMeetingDay(
  kind: MeetingKind = 'conference',
  booked?: { startTime: string | null; endTime: string | null },
  type: MeetingType = 'laheisneuvonpito',
): MeetingDay {
  return {
    ...meetingDayFieldsSchema.parse({}),
    plannedMinutes: defaultPartMinutes(kind, booked),
    timers: dayPartsOf(type, kind).map((part) => ({ part, segments: [], endedAt: null })),
    attendance: [],
    children: [],
    turns: [],
    flipChart: { concerns: [], supportNeeds: [], clientView: '', version: 1 },
    version: 1,
  };
}
