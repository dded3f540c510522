import { isHandTickable } from '../../../shared/arrangements/checklist';
import { meetingChecklist } from '../../../shared/arrangements/meetings';
import { todayInHelsinki } from '../../../shared/dates';
import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { notFound } from '../../errors';
import { editableConference, invalidField, readPreparation, stale } from '../preparation/preparation.service';
import { currentSettings } from '../settings/settings.service';
import {
  deleteChecklistItem,
  findChecklistItem,
  insertChecklistItem,
  setChecklistItemDone,
  setTemplateItemDone,
  updateChecklistItem,
  type StoredChecklistItem,
} from './checklist.repo';
import { findMeetingConferenceId } from './meeting.repo';

type ChecklistMethod = 'checklist.setDone' | 'checklist.addItem' | 'checklist.updateItem' | 'checklist.removeItem';

/*
 * Each tick and each own item has its own version; the meeting's own version is left
 * alone so that ticking never makes an open arrangements form stale.
 */

/** The conference of a meeting about to get a checklist change: not_found if unknown, conflict if closed. */
function editableMeeting(ctx: HandlerContext, meetingId: string): string {
  const conferenceId = findMeetingConferenceId(ctx.db, meetingId);
  if (!conferenceId) throw notFound('Meeting');
  editableConference(ctx.db, conferenceId);
  return conferenceId;
}

/** One of this meeting's own items; an item of another meeting is as unknown as no item. */
function itemOf(ctx: HandlerContext, meetingId: string, id: string): StoredChecklistItem {
  const item = findChecklistItem(ctx.db, id);
  if (!item || item.meetingId !== meetingId) throw notFound('Checklist item');
  return item;
}

export const checklistHandlers: Pick<Handlers, ChecklistMethod> = {
  'checklist.setDone'(ctx, { meetingId, key, version, doneDate }) {
    const conferenceId = editableMeeting(ctx, meetingId);
    const template = currentSettings(ctx.db).checklist;
    // The checklist shown is the current template's: a key it no longer has cannot be ticked.
    if (template.some((item) => item.key === key)) {
      // A hand tick never contradicts a recorded fact (checklist-facts.ts).
      const prep = readPreparation(ctx.db, conferenceId);
      const meeting = prep.meetings.find((m) => m.id === meetingId)!;
      const entry = meetingChecklist(prep, meeting, template, todayInHelsinki(ctx.now())).find((e) => e.key === key);
      if (entry && !isHandTickable(entry)) throw invalidField(['key'], 'checklist.error.decidedByFact');
      if (!setTemplateItemDone(ctx.db, { meetingId, key, doneDate, version })) throw stale('checklist item');
    } else {
      const item = findChecklistItem(ctx.db, key);
      if (!item || item.meetingId !== meetingId) throw invalidField(['key'], 'validation.invalid');
      if (!setChecklistItemDone(ctx.db, { id: item.id, doneDate, version })) throw stale('checklist item');
    }
    return readPreparation(ctx.db, conferenceId);
  },

  'checklist.addItem'(ctx, { meetingId, text, dueDate }) {
    const conferenceId = editableMeeting(ctx, meetingId);
    insertChecklistItem(ctx.db, { id: ctx.newId(), meetingId, text, dueDate });
    return readPreparation(ctx.db, conferenceId);
  },

  'checklist.updateItem'(ctx, { meetingId, id, version, text, dueDate }) {
    const conferenceId = editableMeeting(ctx, meetingId);
    itemOf(ctx, meetingId, id);
    if (!updateChecklistItem(ctx.db, { id, text, dueDate, version })) throw stale('checklist item');
    return readPreparation(ctx.db, conferenceId);
  },

  'checklist.removeItem'(ctx, { meetingId, id, version }) {
    const conferenceId = editableMeeting(ctx, meetingId);
    itemOf(ctx, meetingId, id);
    if (!deleteChecklistItem(ctx.db, { id, version })) throw stale('checklist item');
    return readPreparation(ctx.db, conferenceId);
  },
};
