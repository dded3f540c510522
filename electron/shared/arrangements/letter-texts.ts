import { letterLanguageOf } from '../documents/letter-language';
import { LETTER_LANGUAGES, type LetterLanguage, type NetworkMember } from '../preparation/network.schema';
import type { Preparation } from '../preparation/preparation.schema';
import { VENUE_LETTER_TEXTS, type Meeting, type VenueLetterText } from './meeting.schema';
import { meetingInvitees } from './meetings';

/*
 * The free text that goes into letters (the purpose; the room, accessibility, parking and
 * transport) is written per letter language. A letter carries only its own language's text:
 * a Swedish letter never carries Finnish directions. A text missing in a language is left out
 * of that language's letters, and the Documents tab says which letters lack what, so the
 * convener can write it before sending rather than find out from a confused reader.
 */

type Sources = Pick<Preparation, 'conference' | 'members' | 'plans' | 'followUps'>;

type Recipient = Pick<NetworkMember, 'language' | 'letterLanguage'>;

/** The languages the letters to `recipients` go out in, or the conference's when there is no one yet. */
export function letterLanguagesOf(conferenceLanguage: LetterLanguage, recipients: readonly Recipient[]): LetterLanguage[] {
  const used = new Set(recipients.map((m) => letterLanguageOf(m, conferenceLanguage)));
  if (used.size === 0) used.add(conferenceLanguage);
  return LETTER_LANGUAGES.filter((language) => used.has(language));
}

/** The venue texts an invitation in `language` lacks: given in another language, empty in this one. */
function textsMissingIn(meeting: Pick<Meeting, 'venue'>, language: LetterLanguage): VenueLetterText[] {
  return VENUE_LETTER_TEXTS.filter((field) => {
    const text = meeting.venue[field];
    return text[language].trim() === '' && LETTER_LANGUAGES.some((other) => text[other].trim() !== '');
  });
}

/** Invitation letters of one language that lack venue texts given in another. */
export interface MissingLetterTexts {
  language: LetterLanguage;
  texts: VenueLetterText[];
  /** The names of the invitees whose letters are in `language`. */
  recipients: string[];
}

/** Which of `meeting`'s invitation letters lack which venue texts, by letter language. */
export function missingLetterTexts(prep: Sources, meeting: Pick<Meeting, 'id' | 'kind' | 'venue'>): MissingLetterTexts[] {
  const invitees = meetingInvitees(prep, meeting);
  return LETTER_LANGUAGES.flatMap((language) => {
    const recipients = invitees.filter((m) => letterLanguageOf(m, prep.conference.language) === language).map((m) => m.name);
    const texts = recipients.length > 0 ? textsMissingIn(meeting, language) : [];
    return texts.length > 0 ? [{ language, texts, recipients }] : [];
  });
}
