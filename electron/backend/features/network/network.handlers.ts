import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { isGuardian } from '../../../shared/conference/guardians';
import { memberPlanRoles } from '../../../shared/plan/plan-rules';
import { listPlans } from '../plan/plan.repo';
import { touchConference, type StoredConference } from '../conference/conference.repo';
import {
  editableConference,
  invalidField,
  readPreparation,
  requireVersion,
  stale,
  unknownIds,
} from '../preparation/preparation.service';
import {
  deleteMember,
  findMember,
  findSupportPersons,
  insertMember,
  saveChildTakingPart,
  setSupportedChildren,
  updateMemberFields,
} from './network.repo';
import type { NetworkMember } from '../../../shared/preparation/network.schema';

/**
 * A member supports only children of their own conference, and a child has at most one
 * support person: a child already supported by someone else must be freed first.
 */
function checkSupportRoles(
  ctx: HandlerContext,
  conference: StoredConference,
  memberId: string,
  childIds: readonly string[],
): void {
  if (unknownIds(childIds, conference.children.map((c) => c.id)).length > 0) {
    throw invalidField(['supportForChildIds'], 'validation.childUnknown');
  }
  for (const supporter of findSupportPersons(ctx.db, childIds).values()) {
    if (supporter !== memberId) throw invalidField(['supportForChildIds'], 'validation.supportTaken');
  }
}

/** The member about to be changed, with their conference (which must be open). */
function editableMember(ctx: HandlerContext, id: string): { member: NetworkMember; conference: StoredConference } {
  const member = findMember(ctx.db, id);
  if (!member) throw notFound('Network member');
  return { member, conference: editableConference(ctx.db, member.conferenceId) };
}

export const networkHandlers: Pick<
  Handlers,
  'network.addMember' | 'network.updateMember' | 'network.removeMember' | 'network.updateChild'
> = {
  'network.addMember'(ctx, { conferenceId, ...fields }) {
    const conference = editableConference(ctx.db, conferenceId);
    const id = ctx.newId();
    checkSupportRoles(ctx, conference, id, fields.supportForChildIds);
    insertMember(ctx.db, { id, conferenceId, now: ctx.now().toISOString(), fields });
    setSupportedChildren(ctx.db, id, fields.supportForChildIds);
    return readPreparation(ctx.db, conferenceId);
  },

  'network.updateMember'(ctx, { id, version, ...fields }) {
    const { member, conference } = editableMember(ctx, id);
    requireVersion('network member', member.version, version);
    checkSupportRoles(ctx, conference, id, fields.supportForChildIds);
    const now = ctx.now().toISOString();
    if (!updateMemberFields(ctx.db, { id, version, now, fields })) throw stale('network member');
    setSupportedChildren(ctx.db, id, fields.supportForChildIds);
    // The conference form shows a guardian's name: an open one must not save the old name back.
    if (fields.name !== member.name && isGuardian(conference, id)) {
      touchConference(ctx.db, { id: conference.id, now });
    }
    return readPreparation(ctx.db, conference.id);
  },

  'network.removeMember'(ctx, { id, version }) {
    const { member, conference } = editableMember(ctx, id);
    requireVersion('network member', member.version, version);
    // A guardian is removed as a guardian on the conference form first, and then stays in the network.
    if (isGuardian(conference, id)) {
      throw conflict(`${member.name} is a guardian of the children; change the guardians on the conference form.`);
    }
    // A plan task must not vanish with its owner: the plan is changed first (or revised).
    const roles = memberPlanRoles(listPlans(ctx.db, conference.id), id);
    if (roles.length > 0) {
      throw conflict(`${member.name} is named in the family's plan (${roles.join(', ')}); change the plan first.`);
    }
    // Their support roles and contact log entries go with them (ON DELETE CASCADE).
    if (!deleteMember(ctx.db, { id, version })) throw stale('network member');
    return readPreparation(ctx.db, conference.id);
  },

  'network.updateChild'(ctx, { conferenceId, childId, version, participation, note }) {
    const conference = editableConference(ctx.db, conferenceId);
    if (!conference.children.some((child) => child.id === childId)) throw notFound('Child');
    if (!saveChildTakingPart(ctx.db, { childId, participation, note, version })) throw stale('child');
    return readPreparation(ctx.db, conferenceId);
  },
};
