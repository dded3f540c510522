import type { MeetingKind } from '../../shared/arrangements/meeting-kinds';
import type { LetterWording } from '../../shared/conference/meeting-types';
import type { MessageKey } from '../../shared/i18n';

/*
 * The words that make a letter one kind of meeting's: its title, its opening and its purpose,
 * and the child's letter's introduction and steps, for each meeting of the kind. A kind's
 * definition names its wording (`letterWording`); everything else in a letter (when and where,
 * practical matters, how to reply) is the same for every kind.
 */

export interface LetterWordingTexts {
  title: Record<MeetingKind, MessageKey>;
  invited: Record<MeetingKind, MessageKey>;
  /** What the meeting is for when the convener has not written it in the letter's language. */
  purpose: Record<MeetingKind, MessageKey>;
  /** After the purpose: the family hopes you come, with their names ({family}); null for none. */
  family: MessageKey | null;
  childIntro: Record<MeetingKind, MessageKey>;
  childSteps: Record<MeetingKind, readonly MessageKey[]>;
}

const FOLLOW_UP_CHILD_STEPS: readonly MessageKey[] = ['documents.child.followUp.step1', 'documents.child.followUp.step2', 'documents.child.followUp.step3'];

export const LETTER_WORDINGS: Record<LetterWording, LetterWordingTexts> = {
  conference: {
    title: { conference: 'documents.invitation.title.conference', follow_up: 'documents.invitation.title.follow_up' },
    invited: { conference: 'documents.invitation.invited.conference', follow_up: 'documents.invitation.invited.follow_up' },
    purpose: { conference: 'documents.invitation.purpose.conference', follow_up: 'documents.invitation.purpose.follow_up' },
    family: null,
    childIntro: { conference: 'documents.child.intro.conference', follow_up: 'documents.child.intro.follow_up' },
    childSteps: { conference: ['documents.child.step1', 'documents.child.step2', 'documents.child.step3'], follow_up: FOLLOW_UP_CHILD_STEPS },
  },
  mapping: {
    title: { conference: 'mappingDocuments.invitation.title.conference', follow_up: 'mappingDocuments.invitation.title.follow_up' },
    invited: { conference: 'mappingDocuments.invitation.invited.conference', follow_up: 'mappingDocuments.invitation.invited.follow_up' },
    purpose: { conference: 'mappingDocuments.invitation.purpose.conference', follow_up: 'mappingDocuments.invitation.purpose.follow_up' },
    family: 'mappingDocuments.invitation.family',
    childIntro: { conference: 'mappingDocuments.child.intro.conference', follow_up: 'mappingDocuments.child.intro.follow_up' },
    childSteps: { conference: ['mappingDocuments.child.step1', 'mappingDocuments.child.step2', 'mappingDocuments.child.step3'], follow_up: FOLLOW_UP_CHILD_STEPS },
  },
};
