import type { Conference } from '../../../shared/conference/conference.schema';
import type { Handlers } from '../../api/handlers';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import {
  CHILD_TABLE,
  findConference,
  GUARDIAN_TABLE,
  insertConference,
  listConferences,
  syncOrderedRows,
  updateClosure,
  updateConferenceFields,
  type StoredConference,
} from './conference.repo';

function publicView({ phaseBeforeClose: _omit, ...conference }: StoredConference): Conference {
  return conference;
}

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

export const conferenceHandlers: Pick<
  Handlers,
  | 'conference.create'
  | 'conference.list'
  | 'conference.get'
  | 'conference.update'
  | 'conference.close'
  | 'conference.reopen'
> = {
  'conference.create'(ctx, fields) {
    const id = ctx.newId();
    insertConference(ctx.db, { id, phase: 'toimeksianto', now: ctx.now().toISOString(), fields });
    syncOrderedRows(ctx.db, CHILD_TABLE, id, fields.children, ctx.newId);
    syncOrderedRows(ctx.db, GUARDIAN_TABLE, id, fields.guardians, ctx.newId);
    return reload(ctx, id);
  },

  'conference.list'(ctx) {
    return listConferences(ctx.db).map(publicView);
  },

  'conference.get'(ctx, { id }) {
    return reload(ctx, id);
  },

  'conference.update'(ctx, { id, version, phase, ...fields }) {
    const current = load(ctx, id);
    requireVersion(current, version);
    if (current.closure) throw conflict('A closed conference cannot be edited; reopen it first.');
    updateConferenceFields(ctx.db, { id, version, phase, now: ctx.now().toISOString(), fields });
    syncOrderedRows(ctx.db, CHILD_TABLE, id, fields.children, ctx.newId);
    syncOrderedRows(ctx.db, GUARDIAN_TABLE, id, fields.guardians, ctx.newId);
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
