import type { NetworkMember } from './network.schema';

/* Who supports which child (avustaja): the network screens and the letters read it alike. */

/** The children `member` is the support person of, in the conference's order. */
export function childrenSupportedBy<C extends { id: string }>(member: Pick<NetworkMember, 'supportForChildIds'>, children: readonly C[]): C[] {
  return children.filter((child) => member.supportForChildIds.includes(child.id));
}

/** The member who is the support person of `childId`, if one is chosen among `members`. */
export function supportPersonOf<M extends Pick<NetworkMember, 'supportForChildIds'>>(members: readonly M[], childId: string): M | undefined {
  return members.find((member) => member.supportForChildIds.includes(childId));
}
