import type { Preparation } from '../preparation/preparation.schema';
import type { PlanKept } from './plan.schema';

/*
 * A decided plan version is a record: what it answered and whom it named must read the
 * same however the summary, the network or the conference change later. When the plan is
 * decided, copies of those are kept with the version. What deliberately follows the
 * current data, and the plan paper says so: the contact details (phone, email) and the
 * letterhead with the date of printing.
 */

/**
 * The preparation as `plan` is to be read: for a decided version, its kept questions,
 * bottom lines, names, children, language and meeting dates over the current data (whose
 * contact details follow); an undecided version reads the current data as it is.
 */
export function asDecided(prep: Preparation, plan: { meetingId: string; kept?: PlanKept | null }): Preparation {
  const { kept } = plan;
  if (!kept) return prep;
  const keptMembers = new Map(kept.members.map((member) => [member.id, member]));
  const conferenceMeeting = prep.meetings.find((meeting) => meeting.kind === 'conference');
  return {
    ...prep,
    conference: {
      ...prep.conference,
      language: kept.language,
      socialWorker: { ...prep.conference.socialWorker, name: kept.socialWorkerName },
      children: kept.children.map((child) => ({ ...child })),
    },
    members: prep.members.map((member) => {
      const was = keptMembers.get(member.id);
      if (!was) return member;
      return {
        ...member,
        name: was.name,
        relation: was.relation,
        worker: member.worker ? { ...member.worker, organisation: was.organisation } : member.worker,
      };
    }),
    summary: { ...prep.summary, ...kept.summary },
    meetings: prep.meetings.map((meeting) => {
      if (meeting.id === plan.meetingId) return { ...meeting, date: kept.meetingDate };
      if (meeting.id === conferenceMeeting?.id) return { ...meeting, date: kept.conferenceDate };
      return meeting;
    }),
  };
}

/** True when the summary's questions or bottom lines are no longer what `kept` answered. */
export function summaryChangedSince(kept: PlanKept, summary: PlanKept['summary']): boolean {
  const lines = ({ openQuestions, generalQuestions, mustInclude, notAcceptable }: PlanKept['summary']) =>
    JSON.stringify([openQuestions, generalQuestions, mustInclude, notAcceptable].map((list) => list.map(({ id, text }) => [id, text])));
  return lines(kept.summary) !== lines(summary);
}
