import type { NetworkMember, Reply } from './network.schema';

/*
 * What a member's reply to the invitation means: the preparation checks, the contacts page
 * and the network read it by these rules.
 */

/** Replies that settle whether a person comes. */
export const FINAL_REPLIES: readonly Reply[] = ['coming', 'remote', 'not_coming'];

/** The reply only means something for someone who is invited to the meeting. */
export function replyShown(member: Pick<NetworkMember, 'invite'>): boolean {
  return member.invite === 'invite';
}

/** True when the reply settles whether the person comes (yes, remotely, or no). */
export function hasFinalReply(member: Pick<NetworkMember, 'reply'>): boolean {
  return FINAL_REPLIES.includes(member.reply);
}

/** An invitee who has not said no needs a preparation talk for the meeting. */
export function needsPreparationTalk(member: Pick<NetworkMember, 'invite' | 'reply'>): boolean {
  return member.invite === 'invite' && member.reply !== 'not_coming';
}
