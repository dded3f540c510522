import type { FieldIssue } from '../../../shared/api/result';
import type { MessageKey } from '../../../shared/i18n';
import type { Preparation } from '../../../shared/preparation/preparation.schema';
import type { Db } from '../../db/raw-database';
import { AppError, conflict, notFound } from '../../errors';
import { listLetters } from '../arrangements/letters.repo';
import { listMeetings } from '../arrangements/meeting.repo';
import { findCommission } from '../commission/commission.repo';
import { findConference, toPublicConference, type StoredConference } from '../conference/conference.repo';
import { listContacts } from '../contacts/contact.repo';
import { feedbackOf } from '../feedback/feedback.repo';
import { listFollowUps } from '../follow-up/follow-up.repo';
import { listChildrenTakingPart, listMembers } from '../network/network.repo';
import { listPlans } from '../plan/plan.repo';
import { findSummary } from '../summary/summary.repo';
import { listCosts, listWork } from '../work/work.repo';

/*
 * What every preparation handler shares: reading the whole preparation, and the checks
 * before a change (the conference exists and is open, the caller saw the latest version).
 */

/** The whole preparation of a conference; not_found for an unknown conference. */
export function readPreparation(db: Db, conferenceId: string): Preparation {
  const conference = findConference(db, conferenceId);
  if (!conference) throw notFound('Conference');
  const commission = findCommission(db, conferenceId);
  const summary = findSummary(db, conferenceId);
  const meetings = listMeetings(db, conferenceId);
  // Written with the conference (or by migrations 0002 and 0003): missing ones mean a broken database.
  if (!commission || !summary) throw new Error(`Conference ${conferenceId} has no commission or summary row`);
  if (meetings[0]?.kind !== 'conference') throw new Error(`Conference ${conferenceId} has no meeting of its own`);
  return {
    conference: toPublicConference(conference),
    commission,
    children: listChildrenTakingPart(db, conferenceId),
    members: listMembers(db, conferenceId),
    contacts: listContacts(db, conferenceId),
    summary,
    meetings,
    plans: listPlans(db, conferenceId),
    followUps: listFollowUps(db, conferenceId),
    letters: listLetters(db, conferenceId),
    feedback: feedbackOf(db, meetings.map((meeting) => meeting.id)),
    work: listWork(db, conferenceId),
    costs: listCosts(db, conferenceId),
  };
}

/** The conference about to be changed: not_found if unknown, conflict if closed (read-only). */
export function editableConference(db: Db, conferenceId: string): StoredConference {
  const conference = findConference(db, conferenceId);
  if (!conference) throw notFound('Conference');
  if (conference.closure) throw conflict('A closed conference cannot be edited; reopen it first.');
  return conference;
}

/** The refusal of a change made on a stale copy of `what`. */
export function stale(what: string): AppError {
  return conflict(`The ${what} was changed in the meantime; reload it.`);
}

/** Refuses a change made on a stale copy. */
export function requireVersion(what: string, stored: number, given: number): void {
  if (stored !== given) throw stale(what);
}

/** A refusal of one field, in the same shape as the dispatcher's validation errors. */
export function invalidField(path: FieldIssue['path'], message: MessageKey): AppError {
  return invalidFields([{ path, message }]);
}

/** A refusal of several fields at once. */
export function invalidFields(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', 'Invalid input', issues);
}

/** The ids among `ids` that are not in `known`. */
export function unknownIds(ids: readonly string[], known: Iterable<string>): string[] {
  const set = new Set(known);
  return ids.filter((id) => !set.has(id));
}
