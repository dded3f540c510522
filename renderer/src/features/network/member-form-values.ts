import type { MemberFieldsInput, MemberRecordInput, NetworkMember, Worker } from '../../../../electron/shared/preparation/network.schema';

/** What a worker's section starts with when the convener marks someone as a worker. */
export const EMPTY_WORKER: Worker = { organisation: '', topic: '', staysForPlan: false, sharingAllowed: false };

/** The form's values for a stored member: empty dates are '' in date inputs. */
export function toMemberFormValues(member: NetworkMember): MemberRecordInput {
  return {
    name: member.name,
    relation: member.relation,
    sector: member.sector,
    closeness: member.closeness,
    phone: member.phone,
    email: member.email,
    address: member.address,
    language: member.language,
    otherLanguage: member.otherLanguage,
    letterLanguage: member.letterLanguage ?? '',
    interpreterNeeded: member.interpreterNeeded,
    accessibility: member.accessibility,
    diet: member.diet,
    notes: member.notes,
    invite: member.invite,
    notInvitedReason: member.notInvitedReason,
    reply: member.reply,
    supportForChildIds: [...member.supportForChildIds],
    chairsPrivateTime: member.chairsPrivateTime,
    takesNotes: member.takesNotes,
    preparedDate: member.preparedDate ?? '',
    supportBriefedDate: member.supportBriefedDate ?? '',
    worker: member.worker ? { ...member.worker } : null,
  };
}

/**
 * An empty form for a new person. A worker who gives information at the meeting is most
 * often a professional the family is not close to, and is invited by definition.
 */
export function emptyMemberFormValues(worker: boolean): MemberFieldsInput {
  return {
    name: '',
    relation: '',
    sector: worker ? 'professionals' : 'family',
    closeness: worker ? 'distant' : 'close',
    phone: '',
    email: '',
    address: '',
    language: 'fi',
    otherLanguage: '',
    letterLanguage: '',
    interpreterNeeded: false,
    accessibility: '',
    diet: '',
    notes: '',
    invite: worker ? 'invite' : 'undecided',
    notInvitedReason: '',
    reply: 'not_asked',
    supportForChildIds: [],
    chairsPrivateTime: false,
    takesNotes: false,
    preparedDate: '',
    supportBriefedDate: '',
    worker: worker ? { ...EMPTY_WORKER } : null,
  };
}
