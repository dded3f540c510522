import type { MeetingKind } from '../arrangements/meeting-kinds';
import { PHASES, type Phase } from './conference-lists';
import { todayInHelsinki } from '../dates';
import type { PartTimer } from '../meeting-day/meeting-day.schema';
import { isAcceptance } from '../plan/plan-rules';
import type { Plan } from '../plan/plan.schema';

/*
 * The phase follows the work (README): agreeing the commission puts a conference in
 * "Valmistelu", starting the meeting or its plan (or recording it as held before the app) in "Neuvonpito", accepting the plan in "Seuranta". A convener may still move the phase
 * by hand, but a move to a phase before what is recorded contradicts the record, so it is
 * said and asked first (the UI) and refused unless confirmed (the API). Moving the phase
 * never deletes anything.
 */

/** One recorded piece of work that places a conference at least in `phase`. */
export type RecordedWork =
  /** The latest accepted version of the plan, and the day the social worker decided. */
  | { kind: 'planAccepted'; phase: 'seuranta'; number: number; date: string }
  /** A plan is recorded (begun, or not accepted) but none is accepted. */
  | { kind: 'planRecorded'; phase: 'neuvonpito'; number: number }
  /** The conference's own meeting was started in the meeting view, on `date` (Helsinki). */
  | { kind: 'meetingStarted'; phase: 'neuvonpito'; date: string }
  /** The conference's own meeting was held on `date`, before the app (entered afterwards). */
  | { kind: 'meetingHeldBefore'; phase: 'neuvonpito'; date: string }
  /** The commission agreement was made on `date`. */
  | { kind: 'commissionAgreed'; phase: 'valmistelu'; date: string };

/** What the rule reads of a conference: its commission's date, its meetings' clocks and its plan's versions. */
export interface RecordedWorkFacts {
  commission: { agreedDate: string | null };
  meetings: readonly { kind: MeetingKind; date: string | null; heldBeforeApp: boolean; day: { timers: readonly PartTimer[] } }[];
  plans: readonly Pick<Plan, 'number' | 'decision'>[];
}

/** What is recorded that places the conference in a phase, the latest phase first. */
export function recordedWork(facts: RecordedWorkFacts): RecordedWork[] {
  const work: RecordedWork[] = [];
  const accepted = facts.plans.filter((plan) => isAcceptance(plan.decision)).at(-1);
  if (accepted?.decision) {
    work.push({ kind: 'planAccepted', phase: 'seuranta', number: accepted.number, date: accepted.decision.date });
  } else if (facts.plans.length > 0) {
    work.push({ kind: 'planRecorded', phase: 'neuvonpito', number: facts.plans.at(-1)!.number });
  }
  const own = facts.meetings.find((meeting) => meeting.kind === 'conference');
  const starts = (own?.day.timers ?? []).flatMap((timer) => timer.segments.map((segment) => segment.startedAt)).sort();
  if (own?.heldBeforeApp && own.date) work.push({ kind: 'meetingHeldBefore', phase: 'neuvonpito', date: own.date });
  if (starts[0]) work.push({ kind: 'meetingStarted', phase: 'neuvonpito', date: todayInHelsinki(new Date(starts[0])) });
  if (facts.commission.agreedDate) work.push({ kind: 'commissionAgreed', phase: 'valmistelu', date: facts.commission.agreedDate });
  return work;
}

/** The phase agreeing the commission moves a conference to: "Valmistelu" from "Toimeksianto", else none. */
export function phaseWhenCommissionAgreed(phase: Phase): Phase | null {
  return phase === 'toimeksianto' ? 'valmistelu' : null;
}

/** The phase the recorded work implies: the latest phase any of it belongs to, else "Toimeksianto". */
export function phaseOfRecordedWork(work: readonly RecordedWork[]): Phase {
  return work.reduce<Phase>((latest, item) => (isPhaseBefore(latest, item.phase) ? item.phase : latest), 'toimeksianto');
}

/** True when `a` comes before `b` in the conference's course. */
export function isPhaseBefore(a: Phase, b: Phase): boolean {
  return PHASES.indexOf(a) < PHASES.indexOf(b);
}

/**
 * The recorded work a move from `from` to `to` would contradict: the work of a phase after
 * `to`. Empty when the move needs no confirmation (no move, or nothing recorded later).
 */
export function workContradictedByMove(from: Phase, to: Phase, work: readonly RecordedWork[]): RecordedWork[] {
  if (from === to) return [];
  return work.filter((item) => isPhaseBefore(to, item.phase));
}
