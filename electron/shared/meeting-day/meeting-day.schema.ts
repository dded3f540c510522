import { z } from 'zod';
import { completeRecord } from '../complete-record';
import type { MeetingKind } from '../arrangements/meeting.schema';
import type { MeetingType } from '../conference/conference.schema';
import { DAY_STEPS, dayLayoutOf, type DayStepPart } from '../conference/meeting-types';
import { CHILD_PARTICIPATION, CLOSENESS, SECTORS } from '../preparation/network.schema';
import { entityId, optionalDate, optionalText, optionalTime, requiredText, version } from '../validation';

/*
 * The meeting day (issue 5): what the convener records while the meeting is held. The
 * three parts are timed; attendance and how each child was heard are recorded. Of the
 * family's private time only its start and end are kept: nothing of the discussion.
 */

/** The three parts of a conference (DOMAIN.md): information, private time, plan. */
export const MEETING_PARTS = ['information', 'private_time', 'plan'] as const;
export type ConferencePart = (typeof MEETING_PARTS)[number];

/** Anything a day's clock times: a conference's part or a step of a meeting run in steps. */
export const DAY_PARTS = [...MEETING_PARTS, ...DAY_STEPS] as const;
export type MeetingPart = ConferencePart | DayStepPart;

/** The parts a meeting of `kind` in a conference of `type` times, in order. */
export function dayPartsOf(type: MeetingType, kind: MeetingKind): readonly MeetingPart[] {
  const layout = dayLayoutOf(type, kind);
  return layout.layout === 'parts' ? MEETING_PARTS : layout.steps.map((step) => step.part);
}

/** How a person on the list took part on the day. */
export const PRESENCES = ['unknown', 'in_person', 'remote', 'written_views', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];

/** How a child was heard on the day: as planned (participation) or not at all. */
export const CHILD_HEARD = [...CHILD_PARTICIPATION.filter((p) => p !== 'undecided'), 'not_heard'] as const;
export type ChildHeard = Exclude<(typeof CHILD_PARTICIPATION)[number], 'undecided'> | 'not_heard';

export const TIMER_ACTIONS = ['start', 'pause', 'end'] as const;
export type TimerAction = (typeof TIMER_ACTIONS)[number];

/**
 * The planned minutes of each part, a default the convener adjusts on the day: a
 * follow-up meeting reviews a plan already made, so it is planned shorter.
 */
export const DEFAULT_PART_MINUTES: Record<MeetingKind, Record<ConferencePart, number>> = {
  conference: { information: 60, private_time: 90, plan: 45 },
  follow_up: { information: 30, private_time: 45, plan: 30 },
};

const plannedMinutes = z
  .number({ error: 'validation.minutes' })
  .int({ error: 'validation.minutes' })
  .min(5, { error: 'validation.minutes' })
  .max(360, { error: 'validation.minutes' });

/** What the convener sets for the day as a whole. */
export const meetingDayFieldsSchema = z.object({
  plannedMinutes: z
    .object({ information: plannedMinutes, private_time: plannedMinutes, plan: plannedMinutes })
    .default(DEFAULT_PART_MINUTES.conference),
  socialWorkerPresent: z.boolean({ error: 'validation.choice' }).default(true),
  /** The social worker presented the questions in part 1. */
  questionsPresented: z.boolean({ error: 'validation.choice' }).default(false),
});

export const updateMeetingDayInput = z.intersection(
  z.object({ meetingId: entityId, version }),
  completeRecord(meetingDayFieldsSchema),
);

/**
 * Start, pause or end one part (or step); the backend stamps the time. Starting one part
 * pauses any other. A part the meeting's layout does not have is refused.
 */
export const meetingTimerInput = z.object({
  meetingId: entityId,
  part: z.enum(DAY_PARTS, { error: 'validation.choice' }),
  action: z.enum(TIMER_ACTIONS, { error: 'validation.choice' }),
});

/** One person on the list: how they took part, on the version the caller last saw (1 before it was recorded). */
export const setAttendanceInput = completeRecord(
  z.object({
    meetingId: entityId,
    memberId: entityId,
    version,
    presence: z.enum(PRESENCES, { error: 'validation.choice' }),
    /** Set for a late arrival. */
    arrivedAt: optionalTime,
    /** A worker gave their information in part 1. */
    gaveInformation: z.boolean({ error: 'validation.choice' }).default(false),
    /** The day their written views arrived: only with presence 'written_views'. */
    viewsReceivedDate: optionalDate,
  }).superRefine((a, ctx) => {
    if (a.viewsReceivedDate !== null && a.presence !== 'written_views') {
      ctx.addIssue({ code: 'custom', path: ['viewsReceivedDate'], message: 'validation.invalid' });
    }
  }),
);

/** Someone not on the list who came: added to the network as invited, and to the day. */
export const addPersonOnTheDayInput = z.object({
  meetingId: entityId,
  name: requiredText(100),
  relation: requiredText(80),
  sector: z.enum(SECTORS, { error: 'validation.choice' }),
  closeness: z.enum(CLOSENESS, { error: 'validation.choice' }).default('middle'),
  presence: z.enum(['in_person', 'remote'], { error: 'validation.choice' }),
  arrivedAt: optionalTime,
});

/** The Three Houses (Kolmen talon malli): a child's worries, good things and dreams, in their words. */
export const threeHousesSchema = z.object({
  worries: optionalText(2000).default(''),
  goodThings: optionalText(2000).default(''),
  dreams: optionalText(2000).default(''),
});

/** How one child was heard in part 1, on the version the caller last saw (1 before it was recorded). */
export const setChildHeardInput = completeRecord(
  z.object({
    meetingId: entityId,
    childId: entityId,
    version,
    heard: z.enum(CHILD_HEARD, { error: 'validation.choice' }),
    note: optionalText(1000).default(''),
    /** Null when no Three Houses record was made. */
    threeHouses: threeHousesSchema.nullable().default(null),
  }),
);

/*
 * A meeting run in steps (the network-mapping meeting): the facilitator interviews each close
 * person in turn while the others listen, and the work pair keeps the flip chart.
 */

/** Give a person the floor (whoever spoke before is done), mark their turn done, or take it back. */
export const TURN_ACTIONS = ['speak', 'done', 'undo'] as const;
export type TurnAction = (typeof TURN_ACTIONS)[number];

/** One turn action; the backend stamps the time, as it does the clocks. */
export const meetingTurnInput = z.object({
  meetingId: entityId,
  memberId: entityId,
  action: z.enum(TURN_ACTIONS, { error: 'validation.choice' }),
});

const flipChartLines = z.array(requiredText(300)).max(40, { error: 'validation.tooMany' }).default([]);

/** What the flip chart holds: the concerns and the support needs as lines, and what the client said last. */
export const flipChartFieldsSchema = z.object({
  concerns: flipChartLines,
  supportNeeds: flipChartLines,
  /** What the client heard and hopes (step 6), in the client's words. */
  clientView: optionalText(2000).default(''),
});

/** The whole flip chart, on the version the caller last saw (1 before anything was written). */
export const updateFlipChartInput = z.intersection(
  z.object({ meetingId: entityId, version }),
  completeRecord(flipChartFieldsSchema),
);

export type FlipChartFields = z.output<typeof flipChartFieldsSchema>;

export interface FlipChart extends FlipChartFields {
  version: number;
}

/** One close person's turn to speak; the one without `endedAt` has the floor. Instants are ISO 8601 UTC. */
export interface SpeakingTurn {
  memberId: string;
  startedAt: string;
  endedAt: string | null;
}

export type MeetingDayFields = z.output<typeof meetingDayFieldsSchema>;
export type ThreeHouses = z.output<typeof threeHousesSchema>;

/** One stretch of time a part ran; `endedAt` null while it runs. Instants are ISO 8601 UTC. */
export interface TimerSegment {
  startedAt: string;
  endedAt: string | null;
}

export interface PartTimer {
  part: MeetingPart;
  segments: TimerSegment[];
  /** Set when the part was ended; it can be started again (the time then counts on). */
  endedAt: string | null;
}

export interface Attendance {
  memberId: string;
  presence: Presence;
  arrivedAt: string | null;
  gaveInformation: boolean;
  /** The day their written views arrived; null if not recorded (or not written views). */
  viewsReceivedDate: string | null;
  version: number;
}

export interface ChildHeardRecord {
  childId: string;
  heard: ChildHeard;
  note: string;
  threeHouses: ThreeHouses | null;
  version: number;
}

/** The record of one meeting's day, as the API returns it inside the meeting. */
export interface MeetingDay extends MeetingDayFields {
  timers: PartTimer[];
  /** Only the members someone has recorded; the rest are 'unknown'. */
  attendance: Attendance[];
  children: ChildHeardRecord[];
  /** The close people's turns to speak, in the order they spoke (a meeting run in steps). */
  turns: SpeakingTurn[];
  /** The flip chart (a meeting run in steps); empty at version 1 before anything is written. */
  flipChart: FlipChart;
  version: number;
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
