import type { Conference, UpdateConferenceInput } from '../../../shared/conference/conference.schema';
import type { Phase } from '../../../shared/conference/conference-lists';
import type { UiLanguage } from '../../../shared/i18n/locales';
import { meetingTypeOf } from '../../../shared/conference/meeting-types';
import { meetingHasStarted } from '../../../shared/meeting-day/meeting-day-rules';
import type { Preparation } from '../../../shared/preparation/preparation.schema';
import { translate, type MessageKey } from '../../../shared/i18n';
import { GENERAL_QUESTION_COUNT } from '../../../shared/preparation/summary.schema';
import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { enterMeetingAsHeld } from '../arrangements/held-before.service';
import { findMeeting, insertMeeting } from '../arrangements/meeting.repo';
import { insertCommission } from '../commission/commission.repo';
import { insertSummary, summaryItemTable } from '../summary/summary.repo';
import {
  CHILD_TABLE,
  findConference,
  insertConference,
  toPublicConference as publicView,
  updateClosure,
  updateConferenceFields,
  type StoredConference,
} from './conference.repo';
import { syncOrderedRows } from '../../db/ordered-rows.repo';
import { meetingHeldBefore } from '../../../shared/conference/held-before';
import { invalidField, readPreparation } from '../preparation/preparation.service';
import { checkPeople, checkPhaseMove } from './conference-update.service';
import { syncGuardians } from './guardian.repo';
import { listConferencePage } from './conference-list.service';

function load(ctx: HandlerContext, id: string): StoredConference {
  const conference = findConference(ctx.db, id);
  if (!conference) throw notFound('Conference');
  return conference;
}

function requireVersion(conference: StoredConference, version: number): void {
  if (conference.version !== version) {
    throw conflict('The conference was changed in the meantime; reload it.');
  }
}

function reload(ctx: HandlerContext, id: string): Conference {
  return publicView(load(ctx, id));
}

/**
 * What the preparation of a new conference starts from: an empty commission agreement, a
 * summary with the general questions in the conference's language, for the convener to
 * edit, and the conference's own meeting with nothing arranged yet.
 */
function startPreparation(ctx: HandlerContext, conferenceId: string, language: UiLanguage, now: string): string {
  insertCommission(ctx.db, { conferenceId, now });
  insertSummary(ctx.db, { conferenceId, now });
  const questions = Array.from({ length: GENERAL_QUESTION_COUNT }, (_, i) => ({
    text: translate(language, `summary.generalQuestion.${i + 1}` as MessageKey),
  }));
  syncOrderedRows(ctx.db, summaryItemTable('generalQuestions'), conferenceId, questions, ctx.newId);
  const meetingId = ctx.newId();
  insertMeeting(ctx.db, { id: meetingId, conferenceId, kind: 'conference', now });
  return meetingId;
}

/**
 * The phase an update leaves the conference in, under its (possibly new) kind of meeting. The
 * kind may change until a meeting of it has begun (its day's clocks are the kind's own); a
 * change to a kind without the phase asked for (the mapping meeting has no commission
 * phase) starts it in the new kind's first phase. A phase the kind does not have is refused.
 */
function phaseOfKind(prep: Preparation, input: UpdateConferenceInput): Phase {
  if (input.meetingType === prep.conference.meetingType) {
    if (!meetingTypeOf(input).phases.includes(input.phase)) throw invalidField(['phase'], 'validation.choice');
    return input.phase;
  }
  if (prep.meetings.some((meeting) => meeting.heldBeforeApp || meetingHasStarted(meeting.day.timers))) {
    throw invalidField(['meetingType'], 'validation.meetingTypeFixed');
  }
  const phases = meetingTypeOf(input).phases;
  return phases.includes(input.phase) ? input.phase : phases[0]!;
}

export const conferenceHandlers: Pick<
  Handlers,
  | 'conference.create'
  | 'conference.list'
  | 'conference.get'
  | 'conference.update'
  | 'conference.close'
  | 'conference.reopen'
> = {
  'conference.create'(ctx, { heldBefore, ...fields }) {
    const id = ctx.newId();
    const now = ctx.now().toISOString();
    // A kind without a commission agreement (the network-mapping meeting) starts in preparation.
    insertConference(ctx.db, { id, phase: meetingTypeOf(fields).phases[0]!, now, fields });
    syncOrderedRows(ctx.db, CHILD_TABLE, id, fields.children, ctx.newId);
    const meetingId = startPreparation(ctx, id, fields.language, now);
    syncGuardians(ctx.db, { conferenceId: id, language: fields.language, guardians: fields.guardians, now, newId: ctx.newId });
    // A case already under way: its meeting was held before the app (a refusal undoes it all).
    if (heldBefore) {
      const meeting = findMeeting(ctx.db, meetingId)!;
      enterMeetingAsHeld(ctx, { meeting, conference: load(ctx, id), version: meeting.version, held: heldBefore, path: ['heldBefore'] });
    }
    return reload(ctx, id);
  },

  'conference.list'(ctx, input) {
    return listConferencePage(ctx, input);
  },

  'conference.get'(ctx, { id }) {
    return reload(ctx, id);
  },

  'conference.update'(ctx, input) {
    const { id, version, removedChildIds: _c, removedGuardianIds: _g, confirmEarlierPhase, ...fields } = input;
    const current = load(ctx, id);
    requireVersion(current, version);
    if (current.closure) throw conflict('A closed conference cannot be edited; reopen it first.');
    const prep = readPreparation(ctx.db, id);
    checkPeople(prep, input);
    const phase = phaseOfKind(prep, input);
    checkPhaseMove(prep, current.phase, phase, confirmEarlierPhase);
    // A meeting held before the app was held after the commission, whichever of the two moves.
    const held = meetingHeldBefore(prep.meetings);
    if (held?.date && held.date < fields.commissionDate) throw invalidField(['commissionDate'], 'validation.heldBeforeCommission');
    const now = ctx.now().toISOString();
    updateConferenceFields(ctx.db, { id, version, phase, now, fields });
    syncOrderedRows(ctx.db, CHILD_TABLE, id, fields.children, ctx.newId);
    syncGuardians(ctx.db, { conferenceId: id, language: fields.language, guardians: fields.guardians, now, newId: ctx.newId });
    return reload(ctx, id);
  },

  'conference.close'(ctx, { id, version, reason, text }) {
    const current = load(ctx, id);
    requireVersion(current, version);
    if (current.closure) throw conflict('The conference is already closed.');
    updateClosure(ctx.db, {
      id,
      version,
      now: ctx.now().toISOString(),
      phase: 'paattynyt',
      closure: { reason, text, phaseBefore: current.phase },
    });
    return reload(ctx, id);
  },

  'conference.reopen'(ctx, { id, version }) {
    const current = load(ctx, id);
    requireVersion(current, version);
    if (!current.closure) throw conflict('The conference is not closed.');
    updateClosure(ctx.db, {
      id,
      version,
      now: ctx.now().toISOString(),
      phase: current.phaseBeforeClose ?? 'valmistelu',
      closure: null,
    });
    return reload(ctx, id);
  },
};
