import type { Paragraph, Table } from 'docx';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import type { FollowUp, ItemReview, ReviewStatus } from '../../shared/follow-up/follow-up.schema';
import { isolate } from '../../shared/i18n/isolate';
import { asDecided } from '../../shared/plan/plan-kept';
import type { Plan } from '../../shared/plan/plan.schema';
import type { DocxPlan, MeetingData, PaperData } from './document-data';
import { safeFileName } from './file-name';
import { joinNames, placeText, whenText, wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, convenerTitle, letterhead } from './letterhead';
import { personView } from './plan-people';
import { COLOR, contentWidth, heading, makeDocument, numbered, para, paragraphs } from './styles';
import { dataTable, factsTable, type CellContent } from './tables';

/*
 * The record (muistio) of one follow-up meeting, in the conference's language: when it
 * was and who took part, the social worker's follow-up summary, how each item of the
 * reviewed plan went, and what the meeting decided. Like the plan, it names the children
 * by first name only and never carries the conference's reference, the commission's
 * concerns, the conference summary or anyone's notes. A part with nothing recorded is
 * left out, heading and all.
 */

type Item = Plan['items'][number];
type Block = Paragraph | Table;

/** The data a follow-up record is made from: the meeting and its own record. */
export interface FollowUpData extends MeetingData {
  followUp: FollowUp;
}

const present = (text: string) => text.trim() !== '';

/** The convener's title as a role beside a name: "koollekutsuja", an acronym left as it is. */
function convenerRole(data: PaperData, words: Words): string {
  const title = convenerTitle(data.settings, words);
  return /^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLocaleLowerCase(words.lang) + title.slice(1) : title;
}

function facts(data: FollowUpData, plan: Plan | undefined, words: Words): Table {
  const { prep, meeting } = data;
  const { t } = words;
  const conference = prep.meetings.find((m) => m.kind === 'conference');
  const rows: [string, CellContent][] = [
    [t('documents.plan.label.children'), joinNames(words, prep.conference.children.map((c) => c.firstName))],
    [t('documents.followUp'), whenText(words, meeting)],
  ];
  if (present(meeting.venue.name) || present(meeting.venue.address)) rows.push([t('documents.label.where'), placeText(words, meeting)]);
  if (conference?.date) rows.push([t('documents.conference'), words.date(conference.date)]);
  if (plan) {
    const version = plan.decision
      ? t('documents.followUpRecord.planVersion', { number: plan.number, date: words.date(plan.decision.date) })
      : t('documents.followUpRecord.planVersionNoDate', { number: plan.number });
    rows.push([t('documents.followUpRecord.label.plan'), version]);
  }
  return factsTable(rows, contentWidth(), 0.28);
}

/** One row of the attendance table: name, relation or role, how they took part. */
type PresentRow = [string, string, string];

/**
 * Who took part, as the meeting day recorded it: the network in its order (in person,
 * remotely, late, or by written views), the children who were there, the social worker
 * and the convener. Nothing when the day recorded no attendance.
 */
function attendance(data: FollowUpData, words: Words): Block[] {
  const { prep, meeting, settings } = data;
  const { t } = words;
  const day = meeting.day;
  const recorded = day.attendance.some((a) => a.presence !== 'unknown') || day.children.length > 0;
  if (!recorded) return [];
  const byMember = new Map(day.attendance.map((a) => [a.memberId, a]));
  const rows: PresentRow[] = [];
  for (const member of prep.members) {
    const a = byMember.get(member.id);
    if (!a || a.presence === 'unknown' || a.presence === 'absent') continue;
    const view = personView(words, prep, { kind: 'member', memberId: member.id });
    const how =
      a.presence === 'written_views'
        ? t('documents.followUpRecord.writtenViews')
        : [
            t(a.presence === 'remote' ? 'documents.followUpRecord.remote' : 'documents.followUpRecord.inPerson'),
            a.arrivedAt ? t('documents.followUpRecord.arrived', { time: words.clock(a.arrivedAt) }) : '',
          ]
            .filter(present)
            .join(', ');
    rows.push([view.name, view.role, how]);
  }
  for (const child of prep.conference.children) {
    if (day.children.some((c) => c.childId === child.id && c.heard === 'present')) {
      rows.push([child.firstName, t('documents.followUpRecord.child'), t('documents.followUpRecord.inPerson')]);
    }
  }
  if (day.socialWorkerPresent && present(prep.conference.socialWorker.name)) {
    rows.push([prep.conference.socialWorker.name, t('documents.plan.socialWorker'), t('documents.followUpRecord.inPerson')]);
  }
  if (present(settings.convener.name)) {
    rows.push([settings.convener.name, convenerRole(data, words), t('documents.followUpRecord.inPerson')]);
  }
  return [
    heading(t('documents.followUpRecord.section.present'), 2),
    dataTable(
      [
        { title: t('documents.column.name'), weight: 34 },
        { title: t('documents.plan.column.role'), weight: 33 },
        { title: t('documents.followUpRecord.column.participation'), weight: 33 },
      ],
      rows,
      contentWidth(),
    ),
  ];
}

/** The social worker's follow-up summary under its four prompts, then the questions; only what was written. */
function summary(data: FollowUpData, words: Words): Block[] {
  const { t } = words;
  const s = data.followUp.summary;
  const prompts = [
    [t('followUp.summary.worked'), s.worked],
    [t('followUp.summary.toRefine'), s.toRefine],
    [t('followUp.summary.newConcerns'), s.newConcerns],
    [t('followUp.summary.workSoFar'), s.workSoFar],
  ] as const;
  const parts: Block[] = prompts.filter(([, text]) => present(text)).flatMap(([title, text]) => [heading(title, 3), ...paragraphs(text)]);
  const questions = s.questions.map((q) => q.text).filter(present);
  if (questions.length > 0) parts.push(heading(t('followUp.summary.questions'), 3), ...numbered(questions));
  return parts.length > 0 ? [heading(t('documents.followUpRecord.section.summary'), 2), ...parts] : [];
}

/** The plan's items grouped as the plan prints them: open questions, general ones, then other agreements. */
function groups(data: PaperData, plan: Plan, words: Words): { text: string; items: Item[] }[] {
  const { summary: conferenceSummary } = data.prep;
  const questions = [...conferenceSummary.openQuestions, ...conferenceSummary.generalQuestions];
  const known = new Set(questions.map((q) => q.id));
  // An item whose question was since removed from the summary is still an agreement: it goes with the others.
  const other = plan.items.filter((item) => item.questionId === null || !known.has(item.questionId));
  return [
    ...questions.map((q) => ({ text: q.text, items: plan.items.filter((item) => item.questionId === q.id) })),
    { text: words.t('documents.plan.section.other'), items: other },
  ].filter((group) => group.items.length > 0);
}

function statusKey(review: ItemReview | undefined) {
  return `documents.followUpRecord.status.${review?.status ?? 'not_reviewed'}` as const;
}

/** The item as agreed, with who does it under it, smaller. */
function itemCell(data: PaperData, words: Words, item: Item): Paragraph[] {
  const view = personView(words, data.prep, item.owner);
  const who = view.role === '' ? view.name : `${isolate(view.name)}, ${isolate(view.role)}`;
  return [para(item.what, { style: 'TableText', spacing: { before: 40, after: 20 } }), para(who, { style: 'Small', spacing: { after: 40 } })];
}

function statusCell(words: Words, review: ItemReview | undefined): CellContent {
  const text = words.t(statusKey(review));
  return [para(text, { style: 'TableText' }, review ? { bold: true } : { color: COLOR.muted })];
}

/** "Tehty 2 · Osittain tehty 1 · Ei käsitelty 1": how the review came out, at a glance. */
function tally(words: Words, plan: Plan, reviews: Map<string, ItemReview>): Paragraph {
  const order: (ReviewStatus | 'not_reviewed')[] = ['done', 'partly', 'not_done', 'no_longer_needed', 'not_reviewed'];
  const counts = new Map<string, number>();
  for (const item of plan.items) {
    const status = reviews.get(item.id)?.status ?? 'not_reviewed';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const parts = order
    .filter((status) => counts.has(status))
    .map((status) => `${words.t(`documents.followUpRecord.status.${status}`)} ${counts.get(status)}`);
  return para(parts.join('  ·  '), { spacing: { after: 80 } }, { color: COLOR.muted });
}

/** Every item of the reviewed plan, by question, with how it went; an item not gone through says so. */
function review(data: FollowUpData, plan: Plan | undefined, words: Words): Block[] {
  const { t } = words;
  if (!plan) return [];
  const title = heading(t('documents.followUpRecord.section.review'), 2);
  if (plan.items.length === 0) return [title, para(t('documents.followUpRecord.noItems'))];
  const reviews = new Map(data.followUp.reviews.map((r) => [r.itemId, r]));
  // The plan as it was decided: its own questions and the names it kept (shared/plan/plan-kept.ts).
  const decided = { ...data, prep: asDecided(data.prep, plan) };
  return [
    title,
    tally(words, plan, reviews),
    ...groups(decided, plan, words).flatMap((group) => [
      heading(group.text, 3),
      dataTable(
        [
          { title: t('documents.followUpRecord.column.item'), weight: 44 },
          { title: t('documents.followUpRecord.column.status'), weight: 20 },
          { title: t('documents.followUpRecord.column.comment'), weight: 36 },
        ],
        group.items.map((item): CellContent[] => {
          const r = reviews.get(item.id);
          return [itemCell(decided, words, item), statusCell(words, r), r?.comment ?? ''];
        }),
        contentWidth(),
      ),
    ]),
  ];
}

/** Another follow-up on its date, or closing with the reason; nothing while the outcome is open. */
function outcome(data: FollowUpData, words: Words): Block[] {
  const { t } = words;
  const o = data.followUp.outcome;
  if (!o) return [];
  const rows: [string, CellContent][] = [];
  if (o.kind === 'another_follow_up') {
    const next: Meeting | undefined = data.prep.meetings.find((m) => m.id === o.nextMeetingId);
    rows.push(
      [t('documents.plan.label.decision'), t('documents.followUpRecord.outcome.another')],
      [t('documents.label.when'), next?.date ? whenText(words, next) : t('documents.plan.followUpOpen')],
    );
  } else {
    rows.push([t('documents.plan.label.decision'), t('documents.followUpRecord.outcome.close')], [t('close.reason'), t(`close.reason.${o.reason}`)]);
    if (present(o.text)) rows.push([t('documents.followUpRecord.label.details'), o.text]);
  }
  return [heading(t('documents.followUpRecord.section.outcome'), 2), factsTable(rows, contentWidth(), 0.28)];
}

function recordedBy(data: PaperData, words: Words): Paragraph[] {
  const { convener } = data.settings;
  if (!present(convener.name)) return [];
  const role = convenerRole(data, words);
  return [para(words.t('documents.followUpRecord.recordedBy', { name: convener.name, role }), { spacing: { before: 360 } }, { color: COLOR.muted })];
}

/** The record of the follow-up meeting `data.meeting` as a Word document. */
export function buildFollowUpRecord(data: FollowUpData): DocxPlan {
  const { prep, settings, meeting, followUp } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const title = t('documents.followUpRecord.title');
  const plan = followUp.planId ? prep.plans.find((p) => p.id === followUp.planId) : undefined;
  const children: Block[] = [
    letterhead({ settings, words, docType: t('documents.followUpRecord.docType'), date: data.today, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    heading(title, 1),
    facts(data, plan, words),
    ...attendance(data, words),
    ...summary(data, words),
    ...review(data, plan, words),
    ...outcome(data, words),
    ...recordedBy(data, words),
  ];
  return {
    name: safeFileName(`${t('documents.file.followUpRecord')} ${meeting.date ?? data.today}`, 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential: confidentialMarking(settings, words) }),
  };
}
