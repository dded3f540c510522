import type { MeetingType } from '../conference/conference-lists';
import { contactMemberIds, guardianMemberIds } from '../conference/guardians';
import { openFollowUp, planInForce } from '../follow-up/follow-up-rules';
import type { FollowUp } from '../follow-up/follow-up.schema';
import type { Plan } from '../plan/plan.schema';
import type { NetworkMember, Reply } from '../preparation/network.schema';
import type { ContactEntry } from '../preparation/contact.schema';
import type { Preparation } from '../preparation/preparation.schema';
import { arrangementFlags, attendanceOf, type ArrangementFlag, type Attendance, type HelpersOnSite } from './attendance';
import type { ChecklistTemplateItem } from '../settings/settings.schema';
import { checklistOf, type ChecklistEntry } from './checklist';
import type { ChecklistRecords } from './checklist-facts';
import { viewsAskedOf, type LetterExport } from './letters';
import type { Meeting, MeetingReply } from './meeting.schema';

/*
 * Which meeting of a conference the arrangements and the documents are about, who is
 * invited to it and how they replied. The conference's own meeting invites the members
 * marked "invite", who reply in the network; a follow-up meeting (seurantakokous) invites
 * the people its reviewed plan names, who reply to it (`Meeting.replies`). Pure, so the
 * letters list, the arrangements and the backend's refusals agree.
 */

type MeetingRef = Pick<Meeting, 'id' | 'kind'>;

/** What the invitee rule reads of a network member. */
type InviteeMember = Pick<NetworkMember, 'id' | 'invite'>;

/**
 * What the invitee rule reads of a conference: the network (or at least everyone in it the
 * caller asks about and everyone a plan invites), the plans and the follow-ups.
 */
export interface InviteeSources<M extends InviteeMember> {
  members: readonly M[];
  plans: readonly Pick<Plan, 'id' | 'decision' | 'followUpInvitees'>[];
  followUps: readonly Pick<FollowUp, 'meetingId' | 'planId'>[];
}

/** The meeting the convener is working towards: the open follow-up if there is one, else the conference's own. */
export function comingMeeting<M extends Pick<Meeting, 'id' | 'kind'>>(
  prep: { meetings: readonly M[]; followUps: readonly Pick<FollowUp, 'meetingId' | 'outcome'>[] },
): M | undefined {
  const open = openFollowUp(prep.followUps);
  const followUp = open && prep.meetings.find((m) => m.id === open.meetingId);
  return followUp ?? prep.meetings.find((m) => m.kind === 'conference') ?? prep.meetings[0];
}

/**
 * The plan a follow-up meeting reviews: the version recorded with it, or the plan in force
 * for a follow-up made before that was recorded.
 */
function reviewedPlan(prep: Omit<InviteeSources<InviteeMember>, 'members'>, meeting: MeetingRef) {
  const planId = prep.followUps.find((f) => f.meetingId === meeting.id)?.planId;
  return (planId ? prep.plans.find((p) => p.id === planId) : undefined) ?? planInForce(prep.plans);
}

/**
 * The network members invited to `meeting`, in the network's order: for the conference,
 * those marked "invite"; for a follow-up, the members its reviewed plan invites (the social
 * worker gets no letter), or the conference's invitees when the plan names no member.
 */
export function meetingInvitees<M extends InviteeMember>(prep: InviteeSources<M>, meeting: MeetingRef): M[] {
  const conferenceInvitees = prep.members.filter((m) => m.invite === 'invite');
  if (meeting.kind === 'conference') return conferenceInvitees;
  const named = new Set(
    (reviewedPlan(prep, meeting)?.followUpInvitees ?? []).flatMap((person) => (person.kind === 'member' ? [person.memberId] : [])),
  );
  const invitees = prep.members.filter((m) => named.has(m.id));
  return invitees.length > 0 ? invitees : conferenceInvitees;
}

/** True when `memberId` is invited to `meeting` and so gets a letter for it. */
export function isInvitedTo(prep: InviteeSources<InviteeMember>, meeting: MeetingRef, memberId: string): boolean {
  return meetingInvitees(prep, meeting).some((m) => m.id === memberId);
}

/** What the reply rule reads of a meeting: its kind, and a follow-up's own replies. */
export type ReplyMeeting = Pick<Meeting, 'kind'> & { replies: readonly Pick<MeetingReply, 'memberId' | 'reply'>[] };

/**
 * How an invitee is expected at `meeting`: at the conference, as they replied in the
 * network; at a follow-up, as they replied to it ('not_asked' until they have).
 */
export function expectedReply(member: Pick<NetworkMember, 'id' | 'reply'>, meeting: ReplyMeeting): Reply {
  if (meeting.kind === 'conference') return member.reply;
  return meeting.replies.find((r) => r.memberId === member.id)?.reply ?? 'not_asked';
}

/**
 * True when `member`, invited to `meeting`, still needs its invitation letter (and a reminder
 * call): not when they have said they are not coming. What "export all" leaves out and what
 * the checklist's letters and calls items wait for.
 */
export function needsInvitation(member: Pick<NetworkMember, 'id' | 'reply'>, meeting: ReplyMeeting): boolean {
  return expectedReply(member, meeting) !== 'not_coming';
}

/**
 * The network as `meeting` expects it: for the conference, as invited and as they replied;
 * for a follow-up, its invitees, each invited and with their reply to it. What
 * `meetingAttendance` counts, and what the next thing due reads for the interpreter.
 */
export function meetingMembers<M extends InviteeMember & Pick<NetworkMember, 'reply'>>(
  prep: InviteeSources<M>,
  meeting: MeetingRef & ReplyMeeting,
): M[] {
  if (meeting.kind === 'conference') return [...prep.members];
  return meetingInvitees(prep, meeting).map((m): M => ({ ...m, invite: 'invite', reply: expectedReply(m, meeting) }));
}

/** Who is coming to `meeting` and what follows from it: its invitees, the children present and its interpreters and childcare on site. */
export function meetingAttendance(
  prep: Pick<Preparation, 'conference' | 'children' | 'members' | 'plans' | 'followUps'>,
  meeting: MeetingRef & ReplyMeeting & HelpersOnSite,
): Attendance {
  return attendanceOf({ conference: prep.conference, children: prep.children, members: meetingMembers(prep, meeting) }, meeting);
}

/** True for a meeting whose length is held against the conference's typical 3–6 hours: a follow-up is usually shorter. */
export function warnsAboutDuration(meeting: Pick<Meeting, 'kind'>): boolean {
  return meeting.kind === 'conference';
}

/** What the convener should look at again in `meeting`'s arrangements. */
export function meetingFlags(meeting: Meeting, attendance: Attendance): ArrangementFlag[] {
  const flags = arrangementFlags(meeting, attendance);
  return warnsAboutDuration(meeting) ? flags : flags.filter((flag) => flag.code !== 'duration');
}

/**
 * What the checklist's facts read outside a meeting's arrangements, as the preparation and
 * the list's own queries both hold it: the network (at least every invitee), the plans and
 * follow-ups (who a follow-up invites), the letters log, the contact log, the guardians'
 * member ids and the summary's "gone through with the parents" day.
 */
export interface ChecklistSources extends InviteeSources<InviteeMember & Pick<NetworkMember, 'reply'>> {
  letters: readonly Pick<LetterExport, 'meetingId' | 'letter' | 'recipientId' | 'exportedAt'>[];
  contacts: readonly Pick<ContactEntry, 'memberId' | 'date'>[];
  /** The network members who are the guardians: a talk with the family counts for each of them. */
  guardians: readonly string[];
  summaryGoneThrough: string | null;
  /** The conference's kind of meeting: which built-in items its checklist has. */
  meetingType: MeetingType;
}

/** The checklist sources of a conference's preparation. */
export function checklistSourcesOf(
  prep: Pick<Preparation, 'conference' | 'members' | 'plans' | 'followUps' | 'contacts' | 'summary' | 'letters'>,
): ChecklistSources {
  return {
    members: prep.members,
    plans: prep.plans,
    followUps: prep.followUps,
    letters: prep.letters,
    contacts: prep.contacts,
    guardians: guardianMemberIds(prep.conference),
    summaryGoneThrough: prep.summary.parentsDate,
    meetingType: prep.conference.meetingType,
  };
}

/**
 * What ticks `meeting`'s checklist beside its own arrangements: who needs a letter (not
 * those who said they are not coming), who is asked for written views, its letters log, the
 * contact log person by person (a talk with the family counts for each guardian) and the
 * summary's day. The one builder: the checklist screen and the list's next thing due agree.
 */
export function checklistRecordsOf(sources: ChecklistSources, meeting: MeetingRef & ReplyMeeting): ChecklistRecords {
  return {
    invitees: meetingInvitees(sources, meeting)
      .filter((member) => needsInvitation(member, meeting))
      .map((member) => member.id),
    viewsAsked: viewsAskedOf(sources.members, meeting).map((member) => member.id),
    letters: sources.letters.filter((letter) => letter.meetingId === meeting.id),
    contacts: sources.contacts.flatMap((entry) => contactMemberIds(entry, sources.guardians).map((memberId) => ({ memberId, date: entry.date }))),
    summaryGoneThrough: sources.summaryGoneThrough,
    meetingType: sources.meetingType,
  };
}

/**
 * The checklist of `meeting` on `today` with everything that ticks it: the people it
 * expects, its letters log, the contact log and the summary. The one call the screen,
 * the overview, the week and the checklist paper make, so they all agree. A meeting held
 * before the app was arranged before it: it has no checklist here.
 */
export function meetingChecklist(
  prep: Pick<Preparation, 'conference' | 'children' | 'members' | 'plans' | 'followUps' | 'contacts' | 'summary' | 'letters'>,
  meeting: Meeting,
  template: readonly ChecklistTemplateItem[],
  today: string,
): ChecklistEntry[] {
  if (meeting.heldBeforeApp) return [];
  return checklistOf(meeting, template, meetingAttendance(prep, meeting), today, checklistRecordsOf(checklistSourcesOf(prep), meeting));
}
