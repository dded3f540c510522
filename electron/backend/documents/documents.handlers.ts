import { viewsAskedOf, type LoggedLetter } from '../../shared/arrangements/letters';
import { isInvitedTo } from '../../shared/arrangements/meetings';
import { todayInHelsinki } from '../../shared/dates';
import { childLetterRecipients } from '../../shared/documents/child-letters';
import type { DocumentMethodName } from '../../shared/api/methods';
import type { HandlerContext } from '../api/handler-context';
import type { Handlers } from '../api/handler-types';
import { conflict, notFound } from '../errors';
import { insertLetterExport } from '../features/arrangements/letters.repo';
import { findMeeting, findMeetingConferenceId } from '../features/arrangements/meeting.repo';
import { findConference } from '../features/conference/conference.repo';
import { findPlan } from '../features/plan/plan.repo';
import { invalidField, readPreparation } from '../features/preparation/preparation.service';
import { currentSettings } from '../features/settings/settings.service';
import { buildCalendar, isScheduled } from './calendar.ics';
import { buildChecklist } from './checklist.docx';
import { buildChildInvitation } from './child-invitation.docx';
import { buildCommission } from './commission.docx';
import { packDocx, type MeetingData, type PaperData } from './document-data';
import { buildFeedbackForm } from './feedback-form.docx';
import { buildFollowUpRecord } from './follow-up.docx';
import { buildInvitation } from './invitation.docx';
import { buildParticipants } from './participants.docx';
import { buildPlan } from './plan.docx';
import { buildSummary } from './summary.docx';
import { buildWrittenViews } from './written-views.docx';
import { buildTimeReport } from './time-report.docx';
import { conferencesWorkedIn } from '../features/work/work.repo';

/*
 * Document methods read everything inside the dispatcher's transaction and refuse what
 * cannot be made (unknown meeting or person, a letter to someone not invited, a calendar
 * entry without a time); the returned build makes and packs the file after it. Nothing
 * is written but the letters log: each letter made (an invitation, a child's letter, a request
 * for written views) is recorded there (who, when, by whom), which is what ticks the
 * checklist's "invitations sent".
 */

/** Records a letter made in the letters log, inside the call's transaction. */
function logLetter(ctx: HandlerContext, meetingId: string, letter: LoggedLetter, recipientId: string): void {
  insertLetterExport(ctx.db, {
    id: ctx.newId(),
    meetingId,
    letter,
    recipientId,
    exportedAt: ctx.now().toISOString(),
    exportedBy: currentSettings(ctx.db).convener.name,
  });
}

function paperData(ctx: HandlerContext, conferenceId: string): PaperData {
  return {
    prep: readPreparation(ctx.db, conferenceId),
    settings: currentSettings(ctx.db),
    today: todayInHelsinki(ctx.now()),
  };
}

function meetingData(ctx: HandlerContext, meetingId: string): MeetingData {
  const conferenceId = findMeetingConferenceId(ctx.db, meetingId);
  if (!conferenceId) throw notFound('Meeting');
  const data = paperData(ctx, conferenceId);
  const meeting = data.prep.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw notFound('Meeting');
  // Held before the app: its letters and papers were made then, none afterwards.
  if (meeting.heldBeforeApp) throw conflict('The meeting was held before the app; its letters and papers are not made afterwards.');
  return { ...data, meeting };
}

/** The papers and the calendar entry; a backup's copy is the backup feature's. */
type PaperMethodName = Extract<DocumentMethodName, `documents.${string}`>;

export const documentHandlers: Pick<Handlers, PaperMethodName> = {
  'documents.invitation'(ctx, { meetingId, recipient }) {
    const data = meetingData(ctx, meetingId);
    if (recipient.kind === 'child') {
      const child = data.prep.conference.children.find((c) => c.id === recipient.childId);
      if (!child) throw notFound('Child');
      // A kind that hears only the children who are there writes only to them.
      if (!childLetterRecipients(data.prep).some((c) => c.id === child.id)) {
        throw invalidField(['recipient'], 'mappingDocuments.error.childNotPresent');
      }
      logLetter(ctx, meetingId, 'child_invitation', child.id);
      return () => packDocx(buildChildInvitation(data, child));
    }
    const member = data.prep.members.find((m) => m.id === recipient.memberId);
    if (!member) throw notFound('Network member');
    // Someone decided "written views only" gets the letter asking for them instead.
    if (viewsAskedOf(data.prep.members, data.meeting).some((m) => m.id === member.id)) {
      logLetter(ctx, meetingId, 'written_views', member.id);
      return () => packDocx(buildWrittenViews(data, member));
    }
    if (!isInvitedTo(data.prep, data.meeting, member.id)) {
      throw invalidField(['recipient'], data.meeting.kind === 'follow_up' ? 'documents.error.notInvitedFollowUp' : 'documents.error.notInvited');
    }
    logLetter(ctx, meetingId, 'invitation', member.id);
    return () => packDocx(buildInvitation(data, member));
  },
  'documents.commission'(ctx, { conferenceId }) {
    const data = paperData(ctx, conferenceId);
    return () => packDocx(buildCommission(data));
  },
  'documents.summary'(ctx, { conferenceId }) {
    const data = paperData(ctx, conferenceId);
    return () => packDocx(buildSummary(data));
  },
  'documents.checklist'(ctx, { meetingId }) {
    const data = meetingData(ctx, meetingId);
    return () => packDocx(buildChecklist(data));
  },
  'documents.participants'(ctx, { meetingId }) {
    const data = meetingData(ctx, meetingId);
    return () => packDocx(buildParticipants(data));
  },
  'documents.calendar'(ctx, { meetingId }) {
    const { meeting, prep } = meetingData(ctx, meetingId);
    if (!isScheduled(meeting)) throw invalidField(['meetingId'], 'documents.error.meetingTime');
    const now = ctx.now();
    return async () => buildCalendar(meeting, prep.conference.language, now);
  },
  'documents.plan'(ctx, { planId }) {
    const stored = findPlan(ctx.db, planId);
    if (!stored) throw notFound('Plan');
    const data = paperData(ctx, stored.conferenceId);
    const plan = data.prep.plans.find((p) => p.id === planId);
    if (!plan) throw notFound('Plan');
    return () => packDocx(buildPlan(data, plan));
  },
  'documents.followUp'(ctx, { meetingId }) {
    const data = meetingData(ctx, meetingId);
    if (data.meeting.kind !== 'follow_up') throw invalidField(['meetingId'], 'documents.error.notFollowUp');
    const followUp = data.prep.followUps.find((f) => f.meetingId === meetingId);
    if (!followUp) throw invalidField(['meetingId'], 'documents.error.noFollowUpRecord');
    return () => packDocx(buildFollowUpRecord({ ...data, followUp }));
  },
  'documents.feedbackForm'(ctx, { meetingId, group, language }) {
    // A blank, anonymous form: the meeting's kind and date only, for any meeting (one held
    // before the app too, whose forms may still come back).
    const meeting = findMeeting(ctx.db, meetingId);
    const conference = meeting && findConference(ctx.db, meeting.conferenceId);
    if (!meeting || !conference) throw notFound('Meeting');
    const data = {
      meetingType: conference.meetingType,
      meeting,
      group,
      language,
      settings: currentSettings(ctx.db),
      today: todayInHelsinki(ctx.now()),
    };
    return () => packDocx(buildFeedbackForm(data));
  },
  'documents.timeReport'(ctx, { conferenceId }) {
    const { prep, settings, today } = paperData(ctx, conferenceId);
    return () => packDocx(buildTimeReport({ settings, today, conferences: [prep], month: null }));
  },
  'documents.monthTimeReport'(ctx, { month }) {
    const conferences = conferencesWorkedIn(ctx.db, month)
      .map((id) => readPreparation(ctx.db, id))
      .sort((a, b) => a.conference.reference.localeCompare(b.conference.reference, 'fi'));
    const settings = currentSettings(ctx.db);
    const today = todayInHelsinki(ctx.now());
    return () => packDocx(buildTimeReport({ settings, today, conferences, month }));
  },
};
