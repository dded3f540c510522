import type { Paragraph, Table } from 'docx';
import { interpretersOnSiteOf } from '../../shared/arrangements/attendance';
import { viewsAskedOf } from '../../shared/arrangements/letters';
import { expectedReply, meetingInvitees } from '../../shared/arrangements/meetings';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { letterLanguageOf } from '../../shared/documents/letter-language';
import type { LetterLanguage, NetworkMember } from '../../shared/preparation/network.schema';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import { childrenSupportedBy, supportPersonOf } from '../../shared/preparation/support-persons';
import type { DocxPlan, MeetingData } from './document-data';
import { safeFileName } from './file-name';
import { joinNames, languageName, placeText, whenText, wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, letterhead } from './letterhead';
import { interpreterLanguage } from './meeting-facts';
import { COLOR, contentWidth, heading, makeDocument, para } from './styles';
import { dataTable } from './tables';

/*
 * The participant list, for the convener: everyone invited with what the convener needs
 * at hand on the day (phone, language and interpreter, diet and accessibility, reply),
 * those asked for written views and whether their views have arrived, the children and how each takes part, the social worker and the convener. Landscape,
 * so the table has room.
 */

function roles(words: Words, prep: Preparation, member: NetworkMember): string {
  const { t } = words;
  const children = childrenSupportedBy(member, prep.conference.children).map((c) => c.firstName);
  return [
    children.length > 0 ? t('documents.role.supportOf', { children: joinNames(words, children) }) : '',
    member.chairsPrivateTime ? t('documents.role.chair') : '',
    member.takesNotes ? t('documents.role.notes') : '',
    member.worker
      ? member.worker.organisation
        ? t('documents.role.workerAt', { organisation: member.worker.organisation })
        : t('documents.role.worker')
      : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function invitedTable(words: Words, prep: Preparation, meeting: Meeting, invited: NetworkMember[]): Table {
  const { t } = words;
  return dataTable(
    [
      { title: t('documents.column.name'), weight: 17 },
      { title: t('documents.column.relation'), weight: 12 },
      { title: t('documents.column.role'), weight: 16 },
      { title: t('documents.column.phone'), weight: 12 },
      { title: t('documents.column.language'), weight: 12 },
      { title: t('documents.column.needs'), weight: 19 },
      { title: t('documents.column.reply'), weight: 12 },
    ],
    invited.map((m) => [
      m.name,
      m.relation,
      roles(words, prep, m),
      m.phone,
      [languageName(words, m), m.interpreterNeeded ? t('documents.participants.interpreter') : ''].filter((p) => p !== '').join('\n'),
      [m.diet, m.accessibility].filter((p) => p !== '').join('\n'),
      t(`network.reply.${expectedReply(m, meeting)}`),
    ]),
    contentWidth(true),
  );
}

/** Everyone asked for written views, and whether (and when) their views have arrived. */
function viewsTable(words: Words, meeting: Meeting, asked: NetworkMember[], conferenceLanguage: LetterLanguage): Table {
  const { t } = words;
  return dataTable(
    [
      { title: t('documents.column.name'), weight: 22 },
      { title: t('documents.column.relation'), weight: 18 },
      { title: t('documents.column.phone'), weight: 18 },
      { title: t('exports.invitations.language'), weight: 18 },
      { title: t('documents.column.views'), weight: 24 },
    ],
    asked.map((m) => {
      const record = meeting.day.attendance.find((a) => a.memberId === m.id);
      const received =
        record?.presence !== 'written_views'
          ? t('documents.participants.viewsNotYet')
          : record.viewsReceivedDate
            ? t('documents.participants.viewsReceived', { date: words.date(record.viewsReceivedDate) })
            : t('documents.participants.viewsReceivedNoDate');
      return [m.name, m.relation, m.phone, t(`language.${letterLanguageOf(m, conferenceLanguage)}`), received];
    }),
    contentWidth(true),
  );
}

function childrenTable(words: Words, prep: Preparation, invited: NetworkMember[]): Table {
  const { t } = words;
  return dataTable(
    [
      { title: t('documents.column.name'), weight: 30 },
      { title: t('documents.column.participation'), weight: 35 },
      { title: t('documents.column.supportPerson'), weight: 35 },
    ],
    prep.conference.children.map((child) => {
      const participation = prep.children.find((c) => c.childId === child.id)?.participation ?? 'undecided';
      const supporter = supportPersonOf(invited, child.id);
      return [
        t('documents.commission.childName', { name: child.firstName, year: child.birthYear }),
        t(`network.participation.${participation}`),
        supporter?.name ?? t('documents.none'),
      ];
    }),
    contentWidth(true),
  );
}

function staffTable(words: Words, data: MeetingData): Table {
  const { t } = words;
  const sw = data.prep.conference.socialWorker;
  const convener = data.settings.convener;
  return dataTable(
    [
      { title: t('documents.column.role'), weight: 20 },
      { title: t('documents.column.name'), weight: 25 },
      { title: t('documents.column.phone'), weight: 20 },
      { title: t('documents.label.email'), weight: 35 },
    ],
    [
      [t('documents.party.socialWorker'), [sw.name, sw.unit].filter((p) => p !== '').join('\n'), sw.phone, sw.email],
      [t('documents.party.convener'), convener.name, convener.phone, convener.email],
      // Those there for the meeting but not of the network: they count in the headcount too.
      ...interpretersOnSiteOf(data.meeting).map((line) => [
        t('documents.party.interpreter', { language: interpreterLanguage(words, line.language) }),
        line.provider,
        '',
        '',
      ]),
      ...(data.meeting.childcareNeeded ? [[t('documents.party.childcare'), data.meeting.childcare, '', '']] : []),
    ],
    contentWidth(true),
  );
}

/** The participant list of `data.meeting`. */
export function buildParticipants(data: MeetingData): DocxPlan {
  const { prep, settings, meeting } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const title = t('documents.participants.title');
  // A follow-up's invitees are those of its plan, with their replies to it (see expectedReply).
  const invited = meetingInvitees(prep, meeting);
  const asked = viewsAskedOf(prep.members, meeting);
  const count = (reply: NetworkMember['reply']) => invited.filter((m) => expectedReply(m, meeting) === reply).length;
  const kind = meeting.kind === 'conference' ? t('documents.conference') : t('documents.followUp');
  const children: (Paragraph | Table)[] = [
    letterhead({ settings, words, docType: t('documents.participants.docType'), date: data.today, landscape: true, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    heading(title, 1),
    para(`${kind}: ${whenText(words, meeting)}`, { spacing: { after: 0 } }, { bold: true }),
    para(placeText(words, meeting), { spacing: { after: 160 } }, { color: COLOR.muted }),
    heading(t('documents.participants.section.invited'), 2),
    ...(invited.length > 0
      ? [
          para(
            t('documents.participants.counts', {
              invited: invited.length,
              coming: count('coming'),
              remote: count('remote'),
              maybe: count('maybe'),
              notComing: count('not_coming'),
              notAsked: count('not_asked'),
            }),
          ),
          invitedTable(words, prep, meeting, invited),
        ]
      : [para(t('documents.participants.none'))]),
    ...(asked.length > 0 ? [heading(t('documents.participants.section.views'), 2), viewsTable(words, meeting, asked, prep.conference.language)] : []),
    heading(t('documents.participants.section.children'), 2),
    childrenTable(words, prep, invited),
    heading(t(meeting.childcareNeeded || interpretersOnSiteOf(meeting).length > 0 ? 'documents.participants.section.staffAndHelpers' : 'documents.participants.section.staff'), 2),
    staffTable(words, data),
  ];
  const base = [t('documents.file.participants'), meeting.date ?? ''].join(' ');
  return {
    name: safeFileName(base, 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, landscape: true, confidential: confidentialMarking(settings, words) }),
  };
}
