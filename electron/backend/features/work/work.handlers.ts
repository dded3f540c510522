import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { notFound } from '../../errors';
import type { CostEntry, WorkEntry } from '../../../shared/work/work.schema';
import { findMeetingConferenceId } from '../arrangements/meeting.repo';
import { editableConference, invalidField, readPreparation, requireVersion, stale } from '../preparation/preparation.service';
import { deleteCost, deleteWork, findCost, findWork, insertCost, insertWork, updateCost, updateWork } from './work.repo';

/*
 * The convener's working-time log and the conference's travel and other costs. A contact's
 * length is working time too, but it is entered with the contact (contact.handlers.ts).
 */

/** The entry about to be changed; its conference must be open. */
function editableWork(ctx: HandlerContext, id: string): WorkEntry {
  const entry = findWork(ctx.db, id);
  if (!entry) throw notFound('Work entry');
  editableConference(ctx.db, entry.conferenceId);
  return entry;
}

function editableCost(ctx: HandlerContext, id: string): CostEntry {
  const cost = findCost(ctx.db, id);
  if (!cost) throw notFound('Cost');
  editableConference(ctx.db, cost.conferenceId);
  return cost;
}

/** A cost is of the preparation (null) or of a meeting of the same conference. */
function checkMeeting(ctx: HandlerContext, conferenceId: string, meetingId: string | null): void {
  if (meetingId === null) return;
  if (findMeetingConferenceId(ctx.db, meetingId) !== conferenceId) throw invalidField(['meetingId'], 'validation.invalid');
}

type WorkMethod = 'work.add' | 'work.update' | 'work.remove' | 'cost.add' | 'cost.update' | 'cost.remove';

export const workHandlers: Pick<Handlers, WorkMethod> = {
  'work.add'(ctx, { conferenceId, ...fields }) {
    editableConference(ctx.db, conferenceId);
    insertWork(ctx.db, { id: ctx.newId(), conferenceId, now: ctx.now().toISOString(), fields });
    return readPreparation(ctx.db, conferenceId);
  },

  'work.update'(ctx, { id, version, ...fields }) {
    const entry = editableWork(ctx, id);
    requireVersion('work entry', entry.version, version);
    if (!updateWork(ctx.db, { id, version, fields })) throw stale('work entry');
    return readPreparation(ctx.db, entry.conferenceId);
  },

  'work.remove'(ctx, { id, version }) {
    const entry = editableWork(ctx, id);
    requireVersion('work entry', entry.version, version);
    if (!deleteWork(ctx.db, { id, version })) throw stale('work entry');
    return readPreparation(ctx.db, entry.conferenceId);
  },

  'cost.add'(ctx, { conferenceId, ...fields }) {
    editableConference(ctx.db, conferenceId);
    checkMeeting(ctx, conferenceId, fields.meetingId);
    insertCost(ctx.db, { id: ctx.newId(), conferenceId, now: ctx.now().toISOString(), fields });
    return readPreparation(ctx.db, conferenceId);
  },

  'cost.update'(ctx, { id, version, ...fields }) {
    const cost = editableCost(ctx, id);
    requireVersion('cost', cost.version, version);
    checkMeeting(ctx, cost.conferenceId, fields.meetingId);
    if (!updateCost(ctx.db, { id, version, fields })) throw stale('cost');
    return readPreparation(ctx.db, cost.conferenceId);
  },

  'cost.remove'(ctx, { id, version }) {
    const cost = editableCost(ctx, id);
    requireVersion('cost', cost.version, version);
    if (!deleteCost(ctx.db, { id, version })) throw stale('cost');
    return readPreparation(ctx.db, cost.conferenceId);
  },
};
