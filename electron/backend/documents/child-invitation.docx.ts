import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { meetingInvitees } from '../../shared/arrangements/meetings';
import type { Child } from '../../shared/conference/conference.schema';
import { meetingTypeOf } from '../../shared/conference/meeting-types';
import { isolate } from '../../shared/i18n/isolate';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import { supportPersonOf } from '../../shared/preparation/support-persons';
import type { DocxPlan, MeetingData } from './document-data';
import { datedPaper, distinctFileNames, recipientBase } from './file-name';
import { placeText, whenText, wordsFor } from './format';
import { afterLetterhead, convenerTitle, letterhead } from './letterhead';
import { LETTER_WORDINGS } from './letter-wording';
import { bullets, heading, makeDocument, para } from './styles';

/*
 * A child's own invitation: warm, simple words and short sentences in a larger type,
 * in the conference's language. What will happen, that their view matters and how
 * they can give it, who their support person is, when and where, and who to call.
 * To a follow-up meeting it says the meeting's name and what is done there.
 */

/** A child's letter is set in 14 pt. */
const CHILD_SIZE = 28;

/** The file name of `child`'s letter to `meeting`: their first name only, unique among the children. */
export function childInvitationFileName(prep: Preparation, meeting: Pick<Meeting, 'kind' | 'date'>, child: Child): string {
  const words = wordsFor(prep.conference.language);
  const word =
    meeting.kind === 'follow_up'
      ? datedPaper(words.t('documents.file.childInvitation.follow_up'), meeting.date)
      : words.t('documents.file.childInvitation');
  const entries = prep.conference.children.map((c) => ({ id: c.id, base: recipientBase(word, c.firstName) }));
  return distinctFileNames(entries, 'docx').get(child.id)!;
}

/** The invitation letter to `child`, a child of the conference. */
export function buildChildInvitation(data: MeetingData, child: Child): DocxPlan {
  const { prep, settings, meeting } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const wording = LETTER_WORDINGS[meetingTypeOf(prep.conference).letterWording];
  const participation = prep.children.find((c) => c.childId === child.id)?.participation ?? 'undecided';
  // The support person named in the letter is one who is invited to this meeting.
  const supporter = supportPersonOf(meetingInvitees(prep, meeting), child.id);
  const convener = settings.convener;
  const title = t('documents.child.title', { name: child.firstName });
  const children = [
    letterhead({ settings, words, docType: t('documents.invitation.docType'), date: data.today }),
    ...afterLetterhead(),
    heading(title, 1),
    para(t(wording.childIntro[meeting.kind])),
    heading(t('documents.child.section.what'), 2),
    ...bullets(wording.childSteps[meeting.kind].map((key) => t(key))),
    heading(t('documents.child.section.voice'), 2),
    para(t('documents.child.voice')),
    para(t(`documents.child.voice.${participation}`)),
    para(supporter ? t('documents.child.support', { name: supporter.name }) : t('documents.child.noSupport')),
    heading(t('documents.child.section.when'), 2),
    para(whenText(words, meeting), {}, { bold: true }),
    para([placeText(words, meeting), isolate(meeting.venue.mainRoom[words.lang])].filter((part) => part !== '').join(', ')),
    para(
      [t('documents.child.questions'), convener.phone ? t('documents.child.phone', { phone: convener.phone }) : '']
        .filter((part) => part !== '')
        .join(' '),
      { spacing: { before: 240 } },
    ),
    para(t('documents.child.closing'), { spacing: { before: 240, after: 0 }, keepNext: true }),
    ...[convener.name, convenerTitle(settings, words)]
      .filter((line) => line !== '')
      .map((line, index) => para(line, { spacing: { after: 0 } }, index === 0 ? { bold: true } : {})),
  ];
  return {
    name: childInvitationFileName(prep, meeting, child),
    document: makeDocument({ words, title, sender: settings.unit.name, children, size: CHILD_SIZE }),
  };
}
