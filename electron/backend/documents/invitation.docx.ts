import type { Paragraph, Table } from 'docx';
import { letterLanguageOf } from '../../shared/documents/letter-language';
import { interpreterLanguageKey } from '../../shared/arrangements/interpreter-language';
import { expectedReply, meetingInvitees } from '../../shared/arrangements/meetings';
import type { LetterText, Meeting } from '../../shared/arrangements/meeting.schema';
import { dayLayoutOf, meetingTypeOf, type DayLayout } from '../../shared/conference/meeting-types';
import type { NetworkMember } from '../../shared/preparation/network.schema';
import { childrenSupportedBy } from '../../shared/preparation/support-persons';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import type { MeetingData, DocxPlan } from './document-data';
import { datedPaper, distinctFileNames, recipientBase } from './file-name';
import { joinNames, languageName, placeText, whenText, wordsFor, type Words } from './format';
import { addressBlock, afterLetterhead, letterhead, signatureBlock } from './letterhead';
import { LETTER_WORDINGS } from './letter-wording';
import { contentWidth, heading, makeDocument, numbered, para, paragraphs, run } from './styles';
import { factsTable, type CellContent } from './tables';

/*
 * The invitation letter to one invited network member, in their language. It says what
 * the meeting is for only in the neutral words agreed with the family: never the
 * concerns, the summary, anyone's notes or the conference reference. A letter to a
 * follow-up meeting says so, and says the meeting goes through how the plan made
 * together has gone; the replies recorded are the conference's, so it always asks for one.
 */

/** True when `member` has already said they are coming to `meeting` (its own replies for a follow-up). */
function hasReplied(meeting: Meeting, member: NetworkMember): boolean {
  const reply = expectedReply(member, meeting);
  return reply === 'coming' || reply === 'remote';
}

function refreshmentsArranged(meeting: Meeting): boolean {
  const r = meeting.refreshments;
  return r.what !== '' || r.supplier !== '' || r.orderedDate !== null;
}

function whenWhere(words: Words, meeting: Meeting, member: NetworkMember): Table {
  const { t } = words;
  const venue = meeting.venue;
  const rows: [string, CellContent][] = [
    [t('documents.label.when'), whenText(words, meeting)],
    [t('documents.label.where'), placeText(words, meeting)],
  ];
  // Only the letter's own language: a text not written in it is left out (the Documents tab says so).
  const own = (text: LetterText) => text[words.lang].trim();
  if (own(venue.mainRoom)) rows.push([t('documents.label.room'), own(venue.mainRoom)]);
  if (own(venue.accessibility)) rows.push([t('documents.label.accessibility'), own(venue.accessibility)]);
  if (own(venue.parking)) rows.push([t('documents.label.parking'), own(venue.parking)]);
  // The reply date is repeated here, on the first page, where everyone reads.
  const replyBy = meeting.invitation.replyBy;
  if (replyBy && !hasReplied(meeting, member)) rows.push([t('documents.label.replyBy'), words.longDate(replyBy)]);
  if (expectedReply(member, meeting) === 'remote') {
    rows.push([
      t('documents.label.remote'),
      meeting.remoteLink
        ? t('documents.invitation.remote.link', { link: meeting.remoteLink })
        : t('documents.invitation.remote.noLink'),
    ]);
  }
  return factsTable(rows, contentWidth());
}

/** A meeting run in steps (the network-mapping meeting): how long, who leads, each close person in turn. */
function steps(words: Words, layout: Extract<DayLayout, { layout: 'steps' }>): (Paragraph | Table)[] {
  const { t } = words;
  return [
    heading(t('mappingDocuments.invitation.section.steps'), 2),
    para(t('mappingDocuments.invitation.length', { min: layout.minutes.min, max: layout.minutes.max })),
    ...numbered([
      t('mappingDocuments.invitation.step.turns'),
      t('mappingDocuments.invitation.step.client'),
      t('mappingDocuments.invitation.step.plan'),
    ]),
    para(t('mappingDocuments.invitation.prepare')),
  ];
}

/** How the meeting goes, as its kind runs the day: the follow-up's review, the three parts, or the steps. */
function howItGoes(words: Words, meeting: Meeting, layout: DayLayout): (Paragraph | Table)[] {
  const { t } = words;
  if (layout.layout === 'steps') return steps(words, layout);
  if (meeting.kind === 'follow_up') {
    return [
      heading(t('documents.invitation.section.followUp'), 2),
      para(t('documents.invitation.followUp')),
      para(t('documents.invitation.principles.follow_up')),
    ];
  }
  const part = (title: Parameters<Words['t']>[0], text: Parameters<Words['t']>[0]) => [
    ...run(`${t(title)}. `, { bold: true }),
    ...run(t(text)),
  ];
  return [
    heading(t('documents.invitation.section.parts'), 2),
    ...numbered([
      part('documents.part.information.title', 'documents.part.information'),
      part('documents.part.privateTime.title', 'documents.part.privateTime'),
      part('documents.part.plan.title', 'documents.part.plan'),
    ]),
    para(t('documents.invitation.principles')),
  ];
}

function practical(words: Words, meeting: Meeting, member: NetworkMember, layout: DayLayout): Paragraph[] {
  const { t } = words;
  const lines: string[] = [];
  // Someone taking part remotely is not fed; the rest of the practical matters still apply.
  if (refreshmentsArranged(meeting) && expectedReply(member, meeting) !== 'remote') {
    lines.push(`${t('documents.invitation.refreshments')} ${t(member.diet ? 'documents.invitation.dietKnown' : 'documents.invitation.dietAsk')}`);
  }
  if (member.interpreterNeeded) {
    const key = interpreterLanguageKey(member);
    const line = meeting.interpreters.find((i) => interpreterLanguageKey(i.language) === key);
    const mode = line?.mode ?? 'on_site';
    lines.push(t(`documents.invitation.interpreter.${mode}`, { language: languageName(words, member) }));
  } else {
    lines.push(t('documents.invitation.interpreter.offer'));
  }
  lines.push(t('documents.invitation.otherNeeds'));
  // A meeting run in steps is short, and so is its letter: the practical matters in one paragraph.
  const body = layout.layout === 'steps' ? [para(lines.join(' '))] : lines.map((line) => para(line));
  return [heading(t('documents.invitation.section.practical'), 2), ...body];
}

function role(words: Words, prep: Preparation, meeting: Meeting, member: NetworkMember, layout: DayLayout): Paragraph[] {
  const { t } = words;
  // The roles (support person, chair, note-taker, information) are parts of a conference's day.
  if (layout.layout === 'steps') return [];
  const lines: string[] = [];
  const children = childrenSupportedBy(member, prep.conference.children).map((c) => c.firstName);
  const names = joinNames(words, children);
  if (meeting.kind === 'follow_up') {
    // The chair and the note-taker are roles of the conference's private time, not of a follow-up.
    if (children.length > 0) lines.push(t('documents.invitation.role.support.follow_up', { children: names }));
    if (member.worker) lines.push(t('documents.invitation.role.worker.follow_up'));
  } else {
    if (children.length > 0) lines.push(t('documents.invitation.role.support', { children: names }));
    if (member.chairsPrivateTime) lines.push(t('documents.invitation.role.chair'));
    if (member.takesNotes) lines.push(t('documents.invitation.role.notes'));
    if (member.worker) {
      lines.push(t('documents.invitation.role.worker'));
      if (member.worker.staysForPlan) lines.push(t('documents.invitation.role.workerStays'));
    }
  }
  if (lines.length === 0) return [];
  const title = meeting.kind === 'follow_up' ? t('documents.invitation.section.role.follow_up') : t('documents.invitation.section.role');
  return [heading(title, 2), ...lines.map((line) => para(line))];
}

function reply(data: MeetingData, words: Words, member: NetworkMember): (Paragraph | Table)[] {
  const { t } = words;
  const convener = data.settings.convener;
  const replyBy = data.meeting.invitation.replyBy;
  const ask = hasReplied(data.meeting, member)
    ? t('documents.invitation.replied')
    : replyBy
      ? t('documents.invitation.replyBy', { date: words.longDate(replyBy) })
      : t('documents.invitation.replySoon');
  const contacts: [string, CellContent][] = [];
  if (convener.phone) contacts.push([t('documents.label.phone'), convener.phone]);
  if (convener.email) contacts.push([t('documents.label.email'), convener.email]);
  return [
    heading(t('documents.invitation.section.reply'), 2),
    para(ask),
    ...(contacts.length > 0 ? [para(t('documents.invitation.contact'), { keepNext: true }), factsTable(contacts, contentWidth())] : []),
  ];
}

/** The file name of `member`'s letter to `meeting`: unique among the letters of everyone invited to it. */
export function invitationFileName(prep: Preparation, meeting: Meeting, member: NetworkMember): string {
  const invited = new Set(meetingInvitees(prep, meeting).map((m) => m.id));
  const entries = prep.members.filter((m) => invited.has(m.id) || m.id === member.id).map((m) => {
    const words = wordsFor(letterLanguageOf(m, prep.conference.language));
    const word = meeting.kind === 'follow_up' ? datedPaper(words.t('documents.file.invitation.follow_up'), meeting.date) : words.t('documents.file.invitation');
    return { id: m.id, base: recipientBase(word, m.name) };
  });
  return distinctFileNames(entries, 'docx').get(member.id)!;
}

/** The invitation letter to `member`, who must be invited to `data.meeting`. */
export function buildInvitation(data: MeetingData, member: NetworkMember): DocxPlan {
  const { prep, settings, meeting } = data;
  const words = wordsFor(letterLanguageOf(member, prep.conference.language));
  const { t } = words;
  const wording = LETTER_WORDINGS[meetingTypeOf(prep.conference).letterWording];
  const layout = dayLayoutOf(prep.conference.meetingType, meeting.kind);
  const purpose = meeting.invitation.purpose[words.lang].trim() || t(wording.purpose[meeting.kind]);
  const title = t(wording.title[meeting.kind]);
  const family = [...prep.conference.guardians.map((g) => g.name), ...prep.conference.children.map((c) => c.firstName)];
  const children = [
    letterhead({ settings, words, docType: t('documents.invitation.docType'), date: data.today }),
    ...afterLetterhead(),
    ...addressBlock(member.name, member.address),
    ...afterLetterhead(),
    heading(title, 1),
    para(t('documents.invitation.greeting', { name: member.name })),
    para(t(wording.invited[meeting.kind])),
    // The family's names after the purpose, never their matter.
    ...paragraphs(wording.family && family.length > 0 ? `${purpose} ${t(wording.family, { family: joinNames(words, family) })}` : purpose),
    heading(t('documents.invitation.section.whenWhere'), 2),
    whenWhere(words, meeting, member),
    ...howItGoes(words, meeting, layout),
    ...practical(words, meeting, member, layout),
    ...role(words, prep, meeting, member, layout),
    ...reply(data, words, member),
    para(t('documents.invitation.welcome'), { spacing: { before: 240 } }),
    ...signatureBlock(settings, words, t('documents.invitation.closing')),
  ];
  return {
    name: invitationFileName(prep, meeting, member),
    document: makeDocument({ words, title, sender: settings.unit.name, children }),
  };
}
