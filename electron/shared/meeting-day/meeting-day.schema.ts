import { z } from 'zod';
import { completeRecord } from '../complete-record';
import type { MeetingKind } from '../arrangements/meeting-kinds';
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

/**
 * Every step a meeting run in steps can have: the eight of the network-mapping meeting
 * (seed 000), in their order. Each is timed as the conference's parts are, one clock at a time.
 */
export const DAY_STEPS = ['welcome', 'purpose', 'interviews', 'turns', 'flip_chart', 'client_view', 'written_plan', 'closing'] as const;
export type DayStepPart = (typeof DAY_STEPS)[number];

/** Anything a day's clock times: a conference's part or a step of a meeting run in steps. */
export const DAY_PARTS = [...MEETING_PARTS, ...DAY_STEPS] as const;
export type MeetingPart = ConferencePart | DayStepPart;

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
