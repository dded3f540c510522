import type { Phase } from '../conference/conference.schema';
import { isRunning, type MeetingPart, type PartTimer, type TimerAction, type TimerSegment } from './meeting-day.schema';

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
