import { z } from 'zod';
import type { LetterExport } from '../arrangements/letters';
import type { Meeting } from '../arrangements/meeting.schema';
import type { Conference } from '../conference/conference.schema';
import type { MeetingFeedback } from '../feedback/feedback.schema';
import type { FollowUp } from '../follow-up/follow-up.schema';
import type { Plan } from '../plan/plan.schema';
import { entityId } from '../validation';
import type { Commission } from './commission.schema';
import type { ContactEntry } from './contact.schema';
import type { ChildTakingPart, NetworkMember } from './network.schema';
import type { Summary } from './summary.schema';
import type { CostEntry, WorkEntry } from '../work/work.schema';

/**
 * Everything about one conference's preparation, in one piece: the preparation screens
 * load it once, and every preparation change returns it whole, so no screen goes stale.
 */
export interface Preparation {
  conference: Conference;
  commission: Commission;
  /** One entry per child of the conference, in the conference's order. */
  children: ChildTakingPart[];
  /** In the order they were added. */
  members: NetworkMember[];
  /** Newest first. */
  contacts: ContactEntry[];
  summary: Summary;
  /** The conference's own meeting first, then follow-up meetings in date order. */
  meetings: Meeting[];
  /** Every version of the family's plan, oldest first; the last is the current one. */
  plans: Plan[];
  /** Each follow-up meeting's own record (summary, reviews, outcome), in the order of `meetings`. */
  followUps: FollowUp[];
  /** The letters log of every meeting, oldest first. */
  letters: LetterExport[];
  /** The participants' feedback recorded at each meeting, in the order of `meetings` (version 1 and no responses when none). */
  feedback: MeetingFeedback[];
  /** The convener's working-time log, in date order (contacts' lengths are in `contacts`). */
  work: WorkEntry[];
  /** Travel and other costs, in date order (a meeting's own costs are in `meetings`). */
  costs: CostEntry[];
}

export const preparationInput = z.object({ conferenceId: entityId });
