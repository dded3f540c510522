import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { expectedReply, meetingInvitees } from '../../shared/arrangements/meetings';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import type { Plan } from '../../shared/plan/plan.schema';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import type { DocxPlan, PaperData } from './document-data';
import { safeFileName } from './file-name';
import { isolate } from '../../shared/i18n/isolate';
import { addressLines, joinNames, wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, convenerTitle, letterhead } from './letterhead';
import { personCell, personView, whenCell, type PlanPersonView } from './plan-people';
import { bullets, COLOR, contentWidth, heading, makeDocument, para, paragraphs } from './styles';
import { dataTable, factsTable, type CellContent } from './tables';

/*
 * The written plan of a network-mapping meeting (seed 000, step 7), posted to the client in
 * the conference's language: addressed to the guardians, the meeting's date and who took
 * part, what the client hopes, each agreed thing with who does it (and how to reach them)
 * and by when, the support needs, the follow-up if one was agreed and the convener's contact.
 * A second page holds the flip chart's concerns and support needs when the unit wants it.
 */

type Block = Paragraph | Table;

/** The guardians' names and the postal address they share, where a window envelope shows them. */
function addressee(prep: Preparation): Paragraph[] {
  const guardians = prep.conference.guardians.map((g) => ({
    name: g.name,
    address: prep.members.find((m) => m.id === g.memberId)?.address.trim() ?? '',
  }));
  const address = guardians.find((g) => g.address !== '')?.address ?? '';
  // One envelope: the guardians at that address (or with none recorded) are named on it.
  const names = guardians.filter((g) => g.address === '' || g.address === address).map((g) => g.name);
  if (names.length === 0) return [];
  return [...names, ...addressLines(address)].map((line) => para(line, { spacing: { after: 0 } }));
}

/**
 * Who took part, name and relation or role: as the day recorded them (in person or remotely),
 * or before anything is recorded those who said they were coming; then the children there,
 * the social worker and the convener.
 */
function present(data: PaperData, meeting: Meeting | undefined, words: Words): Block[] {
  const { prep, settings } = data;
  const { t } = words;
  const rows: [string, string][] = [];
  if (meeting) {
    const day = meeting.day;
    const recorded = day.attendance.some((a) => a.presence !== 'unknown');
    const there = new Set(
      recorded
        ? day.attendance.filter((a) => a.presence === 'in_person' || a.presence === 'remote').map((a) => a.memberId)
        : meetingInvitees(prep, meeting)
            .filter((m) => ['coming', 'remote'].includes(expectedReply(m, meeting)))
            .map((m) => m.id),
    );
    for (const member of prep.members.filter((m) => there.has(m.id))) {
      const view = personView(words, prep, { kind: 'member', memberId: member.id });
      rows.push([view.name, view.role]);
    }
    for (const child of prep.conference.children) {
      if (day.children.some((c) => c.childId === child.id && c.heard === 'present')) rows.push([child.firstName, t('documents.plan.child')]);
    }
    if (day.socialWorkerPresent && prep.conference.socialWorker.name.trim() !== '') {
      rows.push([prep.conference.socialWorker.name, t('documents.plan.socialWorker')]);
    }
  }
  if (settings.convener.name.trim() !== '') rows.push([settings.convener.name, convenerTitle(settings, words)]);
  if (rows.length === 0) return [];
  // One line of names, as a letter names people: "Maija Äijälä (äiti), Aune Äijälä (mummo) …".
  const names = rows.map(([name, role]) => (role === '' ? isolate(name) : `${isolate(name)} (${role})`));
  return [heading(t('mappingDocuments.plan.section.present'), 2), para(names.join(', '))];
}

/** Who does an item: the name and relation, and an adult's phone and e-mail under them. */
function ownerCell(view: PlanPersonView): Paragraph[] {
  const contact = [view.phone, view.email].filter((part) => part.trim() !== '');
  return [...personCell(view), ...contact.map((line) => para(line, { style: 'Small', spacing: { after: 40 } }))];
}

/** By when an item is done: a deadline alone is the date (the column says "by when"), otherwise as the conference's plan says it. */
function byWhen(words: Words, item: Plan['items'][number]): string {
  return item.byDate && !item.fromDate ? words.date(item.byDate) : whenCell(words, item);
}

function agreed(data: PaperData, plan: Plan, words: Words): Block[] {
  const { t } = words;
  const body: Block =
    plan.items.length === 0
      ? para(t('mappingDocuments.plan.noItems'), {}, { color: COLOR.muted })
      : dataTable(
          [
            { title: t('documents.plan.column.what'), weight: 48 },
            { title: t('documents.plan.column.who'), weight: 34 },
            { title: t('mappingDocuments.plan.column.byWhen'), weight: 18 },
          ],
          plan.items.map((item): CellContent[] => [item.what, ownerCell(personView(words, data.prep, item.owner)), byWhen(words, item)]),
          contentWidth(),
        );
  return [heading(t('mappingDocuments.plan.section.agreed'), 2), body];
}

/** A list of the flip chart's lines, or "not recorded". */
function lines(items: readonly string[], empty: string): Paragraph[] {
  return items.length > 0 ? bullets(items) : [para(empty, {}, { color: COLOR.muted })];
}

function convener(data: PaperData, words: Words): Block[] {
  const { t } = words;
  const c = data.settings.convener;
  const rows: [string, CellContent][] = [];
  if (c.name.trim() !== '') rows.push([convenerTitle(data.settings, words), c.name]);
  if (c.phone.trim() !== '') rows.push([t('documents.label.phone'), c.phone]);
  if (c.email.trim() !== '') rows.push([t('documents.label.email'), c.email]);
  if (rows.length === 0) return [];
  return [heading(t('mappingDocuments.plan.section.convener'), 2), para(t('mappingDocuments.plan.convener'), { keepNext: true }), factsTable(rows, contentWidth())];
}

/** The second page: what the work pair wrote on the flip chart for everyone to see. */
function flipChartPage(meeting: Meeting | undefined, words: Words): Block[] {
  const { t } = words;
  const chart = meeting?.day.flipChart;
  if (!chart || (chart.concerns.length === 0 && chart.supportNeeds.length === 0)) return [];
  const empty = t('mappingDocuments.plan.flipChart.empty');
  return [
    para(t('mappingDocuments.plan.flipChart.title'), { pageBreakBefore: true, heading: HeadingLevel.HEADING_1, keepNext: true }),
    para(t('mappingDocuments.plan.flipChart.intro')),
    heading(t('mappingDocuments.plan.flipChart.concerns'), 2),
    ...lines(chart.concerns, empty),
    heading(t('mappingDocuments.plan.flipChart.supportNeeds'), 2),
    ...lines(chart.supportNeeds, empty),
  ];
}

/** The network-mapping meeting's plan (`planPaper: 'mapping'`), from data already read as decided. */
export function buildMappingPlan(data: PaperData, plan: Plan): DocxPlan {
  const { prep, settings } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const title = t('mappingDocuments.plan.title');
  const meeting = prep.meetings.find((m) => m.id === plan.meetingId);
  const chart = meeting?.day.flipChart;
  const facts: [string, CellContent][] = [
    ...(meeting?.date ? [[t('mappingDocuments.plan.label.meeting'), words.longDate(meeting.date)] as [string, CellContent]] : []),
    [t('documents.plan.label.children'), joinNames(words, prep.conference.children.map((c) => c.firstName))],
  ];
  const clientView = chart?.clientView.trim() ?? '';
  const children: Block[] = [
    letterhead({ settings, words, docType: t('documents.plan.docType'), date: data.today, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    ...addressee(prep),
    ...afterLetterhead(),
    heading(title, 1),
    ...(meeting?.heldBeforeApp && meeting.date
      ? [para(t('heldBefore.document', { date: words.date(meeting.date) }), { spacing: { after: 160 } }, { bold: true, color: COLOR.muted })]
      : []),
    factsTable(facts, contentWidth(), 0.22),
    para(t('mappingDocuments.plan.intro'), { spacing: { before: 200 } }),
    ...present(data, meeting, words),
    ...(clientView !== '' ? [heading(t('mappingDocuments.plan.section.clientView'), 2), ...paragraphs(clientView)] : []),
    ...agreed(data, plan, words),
    heading(t('mappingDocuments.plan.section.supportNeeds'), 2),
    ...lines(chart?.supportNeeds ?? [], t('mappingDocuments.plan.noSupportNeeds')),
    heading(t('mappingDocuments.plan.section.followUp'), 2),
    para(plan.followUpDate ? t('mappingDocuments.plan.followUp', { date: words.longDate(plan.followUpDate) }) : t('mappingDocuments.plan.noFollowUp')),
    ...convener(data, words),
    ...(plan.kept ? [para(t('documents.plan.asDecided'), { style: 'Small', spacing: { before: 160 } })] : []),
    ...(settings.mappingPlanFlipChart ? flipChartPage(meeting, words) : []),
  ];
  const paper = plan.number > 1 ? t('documents.file.planVersion', { number: plan.number }) : t('documents.file.plan');
  return {
    name: safeFileName(`${paper} ${meeting?.date ?? data.today}`, 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential: confidentialMarking(settings, words) }),
    ...(plan.kept ? { time: plan.kept.keptAt } : {}),
  };
}
