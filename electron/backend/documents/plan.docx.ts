import type { Paragraph, Table } from 'docx';
import { meetingTypeOf, type PlanPaper } from '../../shared/conference/meeting-types';
import { asDecided } from '../../shared/plan/plan-kept';
import type { Plan } from '../../shared/plan/plan.schema';
import type { DocxPlan, PaperData } from './document-data';
import { safeFileName } from './file-name';
import { joinNames, wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, letterhead } from './letterhead';
import { buildMappingPlan } from './mapping-plan.docx';
import { peopleWithTasks, personCell, personLine, personView, whenCell } from './plan-people';
import { bullets, COLOR, contentWidth, heading, makeDocument, para, paragraphs, run } from './styles';
import { dataTable, factsTable, type CellContent } from './tables';

/*
 * The family's plan as a paper to hand out, in the conference's language: for each of
 * the social worker's questions what was agreed, who does it and who checks it; support
 * asked from services; what is done if the plan runs into problems and how it is followed
 * up; the follow-up meeting; dissents and the social worker's decision; and, as the shared
 * record of seed 001 has it, the name, role and contact details of everyone with a task.
 * Never the summary, the concerns of the commission or anyone's notes.
 */

type Item = Plan['items'][number];
type Block = Paragraph | Table;

interface Question {
  text: string;
  items: Item[];
}

/** The open questions (each, answered or not), the general ones that have answers, then the other agreements. */
function questionsOf(data: PaperData, plan: Plan, words: Words): Question[] {
  const { summary } = data.prep;
  const itemsFor = (id: string) => plan.items.filter((item) => item.questionId === id);
  const known = new Set([...summary.openQuestions, ...summary.generalQuestions].map((q) => q.id));
  // An item whose question was since removed from the summary is still an agreement: it goes with the others.
  const other = plan.items.filter((item) => item.questionId === null || !known.has(item.questionId));
  return [
    ...summary.openQuestions.map((q) => ({ text: q.text, items: itemsFor(q.id) })),
    ...summary.generalQuestions.map((q) => ({ text: q.text, items: itemsFor(q.id) })).filter((q) => q.items.length > 0),
    ...(other.length > 0 ? [{ text: words.t('documents.plan.section.other'), items: other }] : []),
  ];
}

/** How an item is followed up, and under it who checks it. */
function followUpCell(data: PaperData, words: Words, item: Item): CellContent {
  const cells: Paragraph[] = [];
  if (item.followUp.trim() !== '') cells.push(para(item.followUp, { style: 'TableText', spacing: { after: 0 } }));
  if (item.checker) {
    const checker = personView(words, data.prep, item.checker);
    const label = run(`${words.t('documents.plan.checkedBy')}: `, { color: COLOR.muted });
    cells.push(...personCell(checker, label, cells.length > 0 ? 60 : 0));
  }
  return cells.length > 0 ? cells : words.t('documents.none');
}

/*
 * Four columns, the checker under the follow-up: five would leave columns too narrow for
 * Finnish compounds ("seurantakokouksessa"), which Word and LibreOffice then break mid-word.
 */
function itemsTable(data: PaperData, words: Words, items: readonly Item[]): Table {
  const { t } = words;
  return dataTable(
    [
      { title: t('documents.plan.column.what'), weight: 32 },
      { title: t('documents.plan.column.who'), weight: 22 },
      { title: t('documents.plan.column.when'), weight: 16 },
      { title: t('documents.plan.column.followUp'), weight: 30 },
    ],
    items.map((item): CellContent[] => [
      item.what,
      personCell(personView(words, data.prep, item.owner)),
      whenCell(words, item),
      followUpCell(data, words, item),
    ]),
    contentWidth(),
  );
}

function agreed(data: PaperData, plan: Plan, words: Words): Block[] {
  return questionsOf(data, plan, words).flatMap((q) => [
    heading(q.text, 3),
    q.items.length > 0 ? itemsTable(data, words, q.items) : para(words.t('documents.plan.noItems'), {}, { color: COLOR.muted }),
  ]);
}

function services(data: PaperData, plan: Plan, words: Words): Block {
  const { t } = words;
  if (plan.services.length === 0) return para(t('documents.plan.noServices'));
  return dataTable(
    [
      { title: t('documents.plan.column.worker'), weight: 34 },
      { title: t('documents.plan.column.support'), weight: 66 },
    ],
    plan.services.map((s) => [personCell(personView(words, data.prep, s.worker)), s.what]),
    contentWidth(),
  );
}

/** A free text as written, or "Ei kirjattu." */
function written(text: string, words: Words): Paragraph[] {
  const blocks = paragraphs(text);
  return blocks.length > 0 ? blocks : [para(words.t('documents.plan.notRecorded'))];
}

function followUpMeeting(data: PaperData, plan: Plan, words: Words): Table {
  const { t } = words;
  const invitees = plan.followUpInvitees.map((p) => personLine(personView(words, data.prep, p)));
  return factsTable(
    [
      [t('documents.label.when'), plan.followUpDate ? words.longDate(plan.followUpDate) : t('documents.plan.followUpOpen')],
      [t('documents.plan.label.invitees'), invitees.length > 0 ? invitees.join('\n') : t('documents.plan.noInvitees')],
    ],
    contentWidth(),
  );
}

function dissents(data: PaperData, plan: Plan, words: Words): Block[] {
  const { t } = words;
  if (plan.dissents.length === 0) return [];
  return [
    heading(t('documents.plan.section.dissents'), 2),
    dataTable(
      [
        { title: t('documents.column.name'), weight: 30 },
        { title: t('documents.plan.column.dissent'), weight: 70 },
      ],
      plan.dissents.map((d) => [personCell(personView(words, data.prep, d.person)), d.text]),
      contentWidth(),
    ),
  ];
}

function decision(data: PaperData, plan: Plan, words: Words): Block[] {
  const { t } = words;
  const d = plan.decision;
  if (!d) return [];
  const rows: [string, CellContent][] = [
    [t('documents.plan.label.decision'), t(`documents.plan.decision.${d.outcome}`)],
    [t('documents.column.date'), words.date(d.date)],
    ...(d.reasons.trim() !== '' ? [[t('documents.plan.label.reasons'), d.reasons] as [string, CellContent]] : []),
    [t('documents.party.socialWorker'), data.prep.conference.socialWorker.name],
  ];
  return [heading(t('documents.plan.section.decision'), 2), factsTable(rows, contentWidth())];
}

function contacts(data: PaperData, plan: Plan, words: Words): Block {
  const { t } = words;
  const people = peopleWithTasks(words, data.prep, plan);
  if (people.length === 0) return para(t('documents.plan.noContacts'));
  return dataTable(
    [
      { title: t('documents.column.name'), weight: 29 },
      { title: t('documents.plan.column.role'), weight: 29 },
      { title: t('documents.column.contact'), weight: 42 },
    ],
    // Phone and email share a column wide enough for a long address, which has no place to wrap.
    people.map((p) => [p.name, p.role, [p.phone, p.email].filter((part) => part.trim() !== '').join('\n')]),
    contentWidth(),
  );
}

function distribution(data: PaperData, plan: Plan, words: Words): Paragraph[] {
  if (plan.recipients.length === 0) return [para(words.t('documents.plan.noRecipients'))];
  return bullets(plan.recipients.map((r) => personLine(personView(words, data.prep, r.recipient))));
}

/** "Versio 2, seurantakokous 10.6.2027": the line under the title of a revised plan. */
function versionLine(data: PaperData, plan: Plan, words: Words): Paragraph[] {
  const { t } = words;
  if (plan.number <= 1) return [];
  const meeting = data.prep.meetings.find((m) => m.id === plan.meetingId);
  const text = meeting?.date
    ? t('documents.plan.version', { number: plan.number, date: words.date(meeting.date) })
    : t('documents.plan.versionNoDate', { number: plan.number });
  return [para(text, { spacing: { after: 160 } }, { bold: true, color: COLOR.muted })];
}

/**
 * `plan` (one version of the conference's plan) as a Word document to hand out, in the layout
 * its kind's definition names (`planPaper`). A decided version reads what it kept
 * (shared/plan/plan-kept.ts) and packs the same every time; only its contact details,
 * letterhead and date follow the day of printing, as it says.
 */
export function buildPlan(current: PaperData, plan: Plan): DocxPlan {
  const data: PaperData = { ...current, prep: asDecided(current.prep, plan) };
  return PLAN_PAPERS[meetingTypeOf(data.prep.conference).planPaper](data, plan);
}

/** The family group conference's plan: the answers to the social worker's questions. */
function buildConferencePlan(data: PaperData, plan: Plan): DocxPlan {
  const { prep, settings } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const title = t('documents.plan.title');
  const meeting = prep.meetings.find((m) => m.id === plan.meetingId);
  const conference = prep.meetings.find((m) => m.kind === 'conference');
  const facts: [string, CellContent][] = [
    [t('documents.plan.label.children'), joinNames(words, prep.conference.children.map((c) => c.firstName))],
    ...(conference?.date ? [[t('documents.conference'), words.date(conference.date)] as [string, CellContent]] : []),
  ];
  const children: Block[] = [
    letterhead({ settings, words, docType: t('documents.plan.docType'), date: data.today, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    heading(title, 1),
    ...versionLine(data, plan, words),
    ...(meeting?.heldBeforeApp && meeting.date
      ? [para(t('heldBefore.document', { date: words.date(meeting.date) }), { spacing: { after: 160 } }, { bold: true, color: COLOR.muted })]
      : []),
    factsTable(facts, contentWidth(), 0.22),
    para(t('documents.plan.intro'), { spacing: { before: 200 } }),
    heading(t('documents.plan.section.agreed'), 2),
    ...agreed(data, plan, words),
    heading(t('documents.plan.section.services'), 2),
    services(data, plan, words),
    heading(t('documents.plan.section.problems'), 2),
    ...written(plan.problems, words),
    heading(t('documents.plan.section.monitoring'), 2),
    ...written(plan.monitoring, words),
    heading(t('documents.plan.section.followUp'), 2),
    followUpMeeting(data, plan, words),
    ...dissents(data, plan, words),
    ...decision(data, plan, words),
    heading(t('documents.plan.section.contacts'), 2),
    contacts(data, plan, words),
    ...(plan.kept ? [para(t('documents.plan.asDecided'), { style: 'Small', spacing: { before: 80, after: 120 } })] : []),
    heading(t('documents.plan.section.distribution'), 2),
    ...distribution(data, plan, words),
  ];
  const paper = plan.number > 1 ? t('documents.file.planVersion', { number: plan.number }) : t('documents.file.plan');
  return {
    name: safeFileName(`${paper} ${meeting?.date ?? data.today}`, 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential: confidentialMarking(settings, words) }),
    ...(plan.kept ? { time: plan.kept.keptAt } : {}),
  };
}

const PLAN_PAPERS: Record<PlanPaper, (data: PaperData, plan: Plan) => DocxPlan> = {
  conference: buildConferencePlan,
  mapping: buildMappingPlan,
};
