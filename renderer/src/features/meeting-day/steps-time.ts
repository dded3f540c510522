import type { DayStep } from '../../../../electron/shared/conference/meeting-types';
import type { MeetingDay } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { usedMs } from '../../../../electron/shared/meeting-day/meeting-day-rules';
import { partState, timerOf } from './meeting-time';

/*
 * What the steps view computes from the recorded day: which step is going on, which are
 * done, what comes next, and the whole meeting's time against its usual length. Pure, so
 * the view and its tests agree.
 */

export type StepState = 'done' | 'current' | 'paused' | 'coming';

/** Each step's state, in the steps' order. */
export function stepStates(day: MeetingDay, steps: readonly DayStep[]): StepState[] {
  return steps.map((step) => {
    const state = partState(timerOf(day, step.part));
    return state === 'ended' ? 'done' : state === 'running' ? 'current' : state === 'paused' ? 'paused' : 'coming';
  });
}

/**
 * The step going on: the one whose clock runs, else the one paused most recently (a break in
 * the middle of a step), else -1.
 */
export function currentStepIndex(day: MeetingDay, steps: readonly DayStep[]): number {
  const states = stepStates(day, steps);
  const running = states.indexOf('current');
  if (running >= 0) return running;
  let latest = -1;
  let latestAt = '';
  states.forEach((state, index) => {
    if (state !== 'paused') return;
    const at = timerOf(day, steps[index]!.part).segments.at(-1)?.endedAt ?? '';
    if (at >= latestAt) {
      latest = index;
      latestAt = at;
    }
  });
  return latest;
}

/** The step that comes after `from` (-1: from the start): the first one not done. -1 when none is left. */
export function nextStepIndex(day: MeetingDay, steps: readonly DayStep[], from: number): number {
  const states = stepStates(day, steps);
  return states.findIndex((state, index) => index > from && state !== 'done');
}

/** True when the last step has been ended and nothing runs or waits paused. */
export function stepsFinished(day: MeetingDay, steps: readonly DayStep[]): boolean {
  const states = stepStates(day, steps);
  return states.at(-1) === 'done' && !states.includes('current') && !states.includes('paused');
}

/** Milliseconds all steps have run by `now`: the meeting's one clock. */
export function stepsUsedMs(day: MeetingDay, steps: readonly DayStep[], now: Date): number {
  return steps.reduce((sum, step) => sum + usedMs(timerOf(day, step.part), now), 0);
}

/** Where `minutes` fall against the usual length of the meeting. */
export function lengthStatus(minutes: number, range: { min: number; max: number }): 'under' | 'inside' | 'over' {
  return minutes < range.min ? 'under' : minutes > range.max ? 'over' : 'inside';
}
