import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { notFound } from '../../errors';
import type { ContactEntry } from '../../../shared/preparation/contact.schema';
import { findMember } from '../network/network.repo';
import {
  editableConference,
  invalidField,
  readPreparation,
  requireVersion,
  stale,
} from '../preparation/preparation.service';
import { deleteContact, findContact, insertContact, updateContactFields } from './contact.repo';

/** A contact is with the family (null) or with a member of the same conference's network. */
function checkMember(ctx: HandlerContext, conferenceId: string, memberId: string | null): void {
  if (memberId === null) return;
  if (findMember(ctx.db, memberId)?.conferenceId !== conferenceId) {
    throw invalidField(['memberId'], 'validation.invalid');
  }
}

/** The entry about to be changed; its conference must be open. */
function editableContact(ctx: HandlerContext, id: string): ContactEntry {
  const contact = findContact(ctx.db, id);
  if (!contact) throw notFound('Contact entry');
  editableConference(ctx.db, contact.conferenceId);
  return contact;
}

export const contactHandlers: Pick<Handlers, 'contact.add' | 'contact.update' | 'contact.remove'> = {
  'contact.add'(ctx, { conferenceId, ...fields }) {
    editableConference(ctx.db, conferenceId);
    checkMember(ctx, conferenceId, fields.memberId);
    insertContact(ctx.db, { id: ctx.newId(), conferenceId, now: ctx.now().toISOString(), fields });
    return readPreparation(ctx.db, conferenceId);
  },

  'contact.update'(ctx, { id, version, ...fields }) {
    const contact = editableContact(ctx, id);
    requireVersion('contact entry', contact.version, version);
    checkMember(ctx, contact.conferenceId, fields.memberId);
    if (!updateContactFields(ctx.db, { id, version, fields })) throw stale('contact entry');
    return readPreparation(ctx.db, contact.conferenceId);
  },

  'contact.remove'(ctx, { id, version }) {
    const contact = editableContact(ctx, id);
    requireVersion('contact entry', contact.version, version);
    if (!deleteContact(ctx.db, { id, version })) throw stale('contact entry');
    return readPreparation(ctx.db, contact.conferenceId);
  },
};
