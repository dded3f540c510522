import { addDays, daysBetween } from '../dates';
import type { MeetingType, Phase } from './conference-lists';
import { meetingTypeOf } from './meeting-types';

/**
 * Where a conference stands against its window:
 * `upcoming` before the window opens, `open` inside it, `late` after it without the
 * conference held, `held` once the meeting has begun, `closed` when the case has ended.
 */
export type TimingStatus = 'upcoming' | 'open' | 'late' | 'held' | 'closed';

export interface ConferenceTiming {
  opens: string;
  closes: string;
  status: TimingStatus;
  /** Days from today to the window's last day; negative once it has passed. */
  daysLeft: number;
  /** Days from today to the window's first day; zero or negative once it is open. */
  daysToOpen: number;
}

/**
 * The window of a conference (its kind's: the method's 4–6 weeks after the commission for a
 * family group conference) and where `today` falls in it. `held` is whether
 * the conference meeting is held by what is recorded (`conferenceMeetingHeld`); where the
 * caller does not know, the phase says. Given, it wins over a phase moved by hand, so the
 * window never says "held" beside a next step of agreeing the meeting's date.
 */
export function conferenceTiming(
  conference: { commissionDate: string; phase: Phase; meetingType: MeetingType },
  today: string,
  held?: boolean,
): ConferenceTiming {
  const { window } = meetingTypeOf(conference);
  const opens = addDays(conference.commissionDate, window.opensAfterDays);
  const closes = addDays(conference.commissionDate, window.closesAfterDays);
  const daysLeft = daysBetween(today, closes);
  const daysToOpen = daysBetween(today, opens);
  const status = timingStatus(conference.phase, held ?? isPastPreparation(conference.phase), daysToOpen, daysLeft);
  return { opens, closes, daysLeft, daysToOpen, status };
}

/**
 * True once the conference meeting has begun (its day started or its plan begun) or the
 * case has ended: the window is met and the preparation is history.
 */
export function isPastPreparation(phase: Phase): boolean {
  return phase === 'neuvonpito' || phase === 'seuranta' || phase === 'paattynyt';
}

function timingStatus(phase: Phase, held: boolean, daysToOpen: number, daysLeft: number): TimingStatus {
  if (phase === 'paattynyt') return 'closed';
  if (held) return 'held';
  if (daysLeft < 0) return 'late';
  return daysToOpen > 0 ? 'upcoming' : 'open';
}

const STATUS_ORDER: Record<TimingStatus, number> = { late: 0, open: 1, upcoming: 2, held: 3, closed: 4 };

/**
 * Orders conferences by what needs the convener's attention first: late ones (most
 * overdue first), then by days left in the window, then held, then closed. Held and
 * closed ones are equal among themselves: their window no longer matters.
 */
export function compareByAttention(a: ConferenceTiming, b: ConferenceTiming): number {
  const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (byStatus !== 0) return byStatus;
  return a.status === 'held' || a.status === 'closed' ? 0 : a.daysLeft - b.daysLeft;
}
