import type { Child } from '../conference/conference.schema';
import { meetingTypeOf } from '../conference/meeting-types';
import type { Preparation } from '../preparation/preparation.schema';

/**
 * The children who get a child's letter to a meeting of the conference, in the conference's
 * order: as its kind says, every child (however they take part: a child who is not there is
 * still asked for their view), or only the children who are there.
 */
export function childLetterRecipients(prep: Pick<Preparation, 'conference' | 'children'>): Child[] {
  if (meetingTypeOf(prep.conference).childLetters === 'every_child') return prep.conference.children;
  const present = new Set(prep.children.filter((c) => c.participation === 'present').map((c) => c.childId));
  return prep.conference.children.filter((child) => present.has(child.id));
}
