import type { MeetingKind } from '../arrangements/meeting-kinds';

/* What `next-due.ts` derives, as the conference list and overview receive it. */

export interface When {
  /** The day it is or was due; null when it has no date. */
  due: string | null;
  /** Whole days past `due` on the day asked; 0 when it is not overdue. */
  overdueDays: number;
}

/** The next thing due for one conference. */
export type NextDue = When &
  (
    | { kind: 'checklist'; meetingKind: MeetingKind; item: { key: string; builtIn: boolean; text: string } }
    /** The coming meeting itself: nothing on its checklist is due first. */
    | { kind: 'meeting'; meetingKind: MeetingKind }
    /** The coming meeting has no date yet. */
    | { kind: 'setDate'; meetingKind: MeetingKind }
    /** The meeting has been held but the family's plan is not recorded. */
    | { kind: 'recordPlan' }
    | { kind: 'decision' }
    /** The social worker did not accept the plan: the convener agrees on how to go on. */
    | { kind: 'planNotAccepted' }
    /** The follow-up meeting has been held but its outcome is not recorded. */
    | { kind: 'recordOutcome' }
    /** The plan is in force but its follow-up meeting has not been made. */
    | { kind: 'createFollowUp' }
    /** The plan is in force and is posted to the client (its kind says so), but no copy has gone to them. */
    | { kind: 'postPlan' }
    /** The plan is in force, nothing more is agreed (no follow-up where one is held only when agreed): close it. */
    | { kind: 'close' }
  );
