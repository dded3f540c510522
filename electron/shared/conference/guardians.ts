import type { ContactEntry } from '../preparation/contact.schema';
import type { Conference } from './conference.schema';

/*
 * A guardian is a person of the family's network: the conference lists who its guardians
 * are, the network member holds the person (name, contacts, letters, replies, tasks). What
 * follows from that, in one place.
 */

/** True when two names written by hand name the same person: case, spacing and accents as typed aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (name: string) => name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fi');
  return norm(a) === norm(b);
}

/** The network members who are the conference's guardians, in the conference's order. */
export function guardianMemberIds(conference: Pick<Conference, 'guardians'>): string[] {
  return conference.guardians.map((guardian) => guardian.memberId);
}

/** True when network member `memberId` is one of the conference's guardians. */
export function isGuardian(conference: Pick<Conference, 'guardians'>, memberId: string): boolean {
  return conference.guardians.some((guardian) => guardian.memberId === memberId);
}

/**
 * Whom a contact log entry was with, person by person: its member, or, for an entry with
 * the family (no member), each guardian. So a talk with the family counts as a contact
 * with the guardians everywhere contacts are counted.
 */
export function contactMemberIds(entry: Pick<ContactEntry, 'memberId'>, guardians: readonly string[]): readonly string[] {
  return entry.memberId === null ? guardians : [entry.memberId];
}
