import type { Paragraph, Table, TextRun } from 'docx';
import { builtInWording, type ChecklistEntry } from '../../shared/arrangements/checklist';
import type { ChecklistNote } from '../../shared/arrangements/checklist-facts';
import type { MeetingKind } from '../../shared/arrangements/meeting-kinds';
import { isBuiltInChecklistKey } from '../../shared/settings/settings-lists';
import { meetingAttendance, meetingChecklist } from '../../shared/arrangements/meetings';
import type { DocxPlan, MeetingData } from './document-data';
import { datedPaper, familyBase, safeFileName } from './file-name';
import { childrenFirstNames, whenText, wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, letterhead } from './letterhead';
import {
  dietsText,
  flagsText,
  headcountText,
  interpretersText,
  materialsText,
  refreshmentsText,
  venueText,
} from './meeting-facts';
import { bullets, COLOR, contentWidth, heading, makeDocument, para, run } from './styles';
import { dataTable, factsTable, type CellContent } from './tables';

/*
 * The checklist of practical arrangements for one meeting, as it stands today: each item
 * with its box, due date and done date, overdue ones marked; an item ticked by a recorded
 * fact names where it was recorded, as the screen does; then the arrangements in short and
 * what no longer fits. In the conference's language.
 */

/** Ballot boxes: Arial has none, so Word and LibreOffice take them from a symbol font. */
const BOX = { open: '\u2610', done: '\u2611' } as const;
const SYMBOL_FONT = 'Segoe UI Symbol';

/** An item's label: a built-in one as the catalog words it for this kind of meeting. */
function label(words: Words, entry: ChecklistEntry, kind: MeetingKind): string {
  return entry.builtIn && isBuiltInChecklistKey(entry.key) ? words.t(`checklist.item.${builtInWording(entry.key, kind)}`) : entry.text;
}

/** What the convener should know about an item's fact, in the paper's language. */
function noteText(words: Words, note: ChecklistNote): string {
  switch (note.code) {
    case 'venueRequested':
      return words.t('checklist.note.venueRequested');
    case 'interpreterMissing':
      return words.t('checklist.note.interpreterMissing', { languages: note.languages.join(', ') });
    case 'headcountGrew':
      return words.t('checklist.note.headcountGrew', { ordered: note.ordered, headcount: note.headcount });
    case 'lettersMissing':
      return words.t('checklist.note.lettersMissing', { missing: note.missing, of: note.of });
    case 'remindersMissing':
      return words.t('checklist.note.remindersMissing', { missing: note.missing, of: note.of });
  }
}

function dueCell(words: Words, entry: ChecklistEntry): TextRun[] {
  const date = words.dateOrNone(entry.dueDate);
  if (entry.status === 'overdue') return run(`${date} – ${words.t('documents.checklist.overdue')}`, { bold: true, color: COLOR.alert });
  if (entry.status === 'dueSoon') return run(`${date} – ${words.t('documents.checklist.dueSoon')}`, { bold: true });
  return run(date);
}

function items(data: MeetingData, words: Words): Table {
  const { t } = words;
  const entries = meetingChecklist(data.prep, data.meeting, data.settings.checklist, data.today);
  return dataTable(
    [
      { title: t('documents.column.done'), weight: 9 },
      { title: t('documents.column.item'), weight: 51 },
      { title: t('documents.column.due'), weight: 24 },
      { title: t('documents.column.doneDate'), weight: 16 },
    ],
    entries.map((entry): CellContent[] => [
      run(entry.doneDate ? BOX.done : BOX.open, { font: SYMBOL_FONT, size: 28 }),
      entry.note ? `${label(words, entry, data.meeting.kind)}\n${noteText(words, entry.note)}` : label(words, entry, data.meeting.kind),
      dueCell(words, entry),
      entry.doneDate
        ? [words.date(entry.doneDate), ...(entry.source ? [t(`checklist.source.${entry.source}`)] : [])].join('\n')
        : '',
    ]),
    contentWidth(),
  );
}

function arrangements(data: MeetingData, words: Words): (Paragraph | Table)[] {
  const { t } = words;
  const { meeting } = data;
  const attendance = meetingAttendance(data.prep, data.meeting);
  const rows: [string, CellContent][] = [
    [t('documents.label.venue'), venueText(words, meeting)],
    [t('documents.label.headcount'), headcountText(words, attendance)],
    [t('documents.label.diets'), dietsText(words, attendance)],
    [t('documents.label.refreshments'), refreshmentsText(words, meeting)],
    [t('documents.label.interpreters'), interpretersText(words, meeting, attendance)],
  ];
  if (meeting.childcareNeeded) rows.push([t('documents.label.childcare'), meeting.childcare || t('documents.none')]);
  if (meeting.remoteLink) rows.push([t('documents.label.remote'), [meeting.remoteLink, meeting.remoteFor].filter((p) => p !== '').join('\n')]);
  if (meeting.travelSupport) rows.push([t('documents.label.travel'), meeting.travelSupport]);
  rows.push([t('documents.label.materials'), materialsText(words, meeting)]);
  const flags = flagsText(words, meeting, attendance);
  return [
    heading(t('documents.checklist.section.arrangements'), 2),
    factsTable(rows, contentWidth(), 0.24),
    ...(flags.length > 0 ? [heading(t('documents.checklist.section.attention'), 2), ...bullets(flags)] : []),
  ];
}

/** The checklist of `data.meeting` on `data.today`. */
export function buildChecklist(data: MeetingData): DocxPlan {
  const { prep, settings, meeting } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const title = t('documents.checklist.title');
  const kind = meeting.kind === 'conference' ? t('documents.conference') : t('documents.followUp');
  const children = [
    letterhead({ settings, words, docType: t('documents.checklist.docType'), date: data.today, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    heading(title, 1),
    para(`${kind}: ${whenText(words, meeting)}`, { spacing: { after: 200 } }, { bold: true }),
    heading(t('documents.checklist.section.items'), 2),
    items(data, words),
    ...arrangements(data, words),
  ];
  const base = familyBase(datedPaper(t('documents.file.checklist'), meeting.date), childrenFirstNames(words, prep.conference.children));
  return {
    name: safeFileName(base, 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential: confidentialMarking(settings, words) }),
  };
}
