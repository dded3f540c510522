import type { Paragraph, Table } from 'docx';
import { viewsAskedOf } from '../../shared/arrangements/letters';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { letterLanguageOf } from '../../shared/documents/letter-language';
import type { NetworkMember } from '../../shared/preparation/network.schema';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import type { DocxPlan, MeetingData } from './document-data';
import { distinctFileNames, recipientBase } from './file-name';
import { languageName, wordsFor, type Words } from './format';
import { addressBlock, afterLetterhead, letterhead, signatureBlock } from './letterhead';
import { contentWidth, heading, makeDocument, para, paragraphs } from './styles';
import { factsTable, type CellContent } from './tables';

/*
 * The letter asking someone decided "written views only" for their views, in their letter
 * language (the invitation's rule), shaped like the invitation: what the conference is for
 * in the neutral words agreed with the family (never the concerns, the summary or anyone's
 * notes), what is asked and who hears it, by when (the meeting's reply-by date: their views
 * are their reply, and the convener needs them as early as the other replies to prepare the
 * meeting), and how to send them (the convener's phone and e-mail, the unit's postal address).
 */

/** The file name of `member`'s letter: unique among the letters asking for written views to `meeting`. */
export function writtenViewsFileName(prep: Preparation, meeting: Meeting, member: NetworkMember): string {
  const asked = viewsAskedOf(prep.members, meeting);
  const entries = (asked.some((m) => m.id === member.id) ? asked : [...asked, member]).map((m) => ({
    id: m.id,
    base: recipientBase(wordsFor(letterLanguageOf(m, prep.conference.language)).t('documents.file.writtenViews'), m.name),
  }));
  return distinctFileNames(entries, 'docx').get(member.id)!;
}

function byWhen(words: Words, meeting: Meeting): string {
  const { t } = words;
  const replyBy = meeting.invitation.replyBy;
  if (replyBy) return t('documents.views.by', { date: words.longDate(replyBy) });
  return meeting.date ? t('documents.views.beforeMeeting', { date: words.longDate(meeting.date) }) : t('documents.views.soon');
}

function howToSend(data: MeetingData, words: Words, member: NetworkMember): (Paragraph | Table)[] {
  const { t } = words;
  const { convener, unit } = data.settings;
  const contacts: [string, CellContent][] = [];
  if (convener.email) contacts.push([t('documents.label.email'), convener.email]);
  if (unit.postalAddress) contacts.push([t('documents.label.post'), [convener.name, unit.name, unit.postalAddress].filter((line) => line !== '').join('\n')]);
  if (convener.phone) contacts.push([t('documents.label.phone'), convener.phone]);
  return [
    heading(t('documents.views.section.how'), 2),
    para(t('documents.views.how')),
    ...(member.interpreterNeeded ? [para(t('documents.views.interpreter', { language: languageName(words, member) }))] : []),
    ...(contacts.length > 0 ? [factsTable(contacts, contentWidth())] : []),
  ];
}

/** The letter asking `member`, who is asked for written views before `data.meeting`, for them. */
export function buildWrittenViews(data: MeetingData, member: NetworkMember): DocxPlan {
  const { prep, settings, meeting } = data;
  const words = wordsFor(letterLanguageOf(member, prep.conference.language));
  const { t } = words;
  const purpose = meeting.invitation.purpose[words.lang].trim() || t('documents.views.purpose');
  const title = t('documents.views.title');
  const children = [
    letterhead({ settings, words, docType: t('documents.views.docType'), date: data.today }),
    ...afterLetterhead(),
    ...addressBlock(member.name, member.address),
    ...afterLetterhead(),
    heading(title, 1),
    para(t('documents.invitation.greeting', { name: member.name })),
    para(meeting.date ? t('documents.views.intro', { date: words.longDate(meeting.date) }) : t('documents.views.introNoDate')),
    ...paragraphs(purpose),
    heading(t('documents.views.section.what'), 2),
    para(t('documents.views.what')),
    para(t('documents.views.heard')),
    heading(t('documents.views.section.when'), 2),
    para(byWhen(words, meeting)),
    ...howToSend(data, words, member),
    para(t('documents.views.thanks'), { spacing: { before: 240 } }),
    ...signatureBlock(settings, words, t('documents.invitation.closing')),
  ];
  return {
    name: writtenViewsFileName(prep, meeting, member),
    document: makeDocument({ words, title, sender: settings.unit.name, children }),
  };
}
