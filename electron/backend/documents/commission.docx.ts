import { BorderStyle, type Paragraph, type Table } from 'docx';
import type { PaperData, DocxPlan } from './document-data';
import { familyBase, safeFileName } from './file-name';
import { childrenFirstNames, wordsFor, type Words } from './format';
import { afterLetterhead, confidentialMarking, letterhead } from './letterhead';
import { COLOR, contentWidth, heading, makeDocument, numbered, para } from './styles';
import { dataTable, layoutTable, type LayoutCell } from './tables';

/*
 * The commission agreement (toimeksiantosopimus), ready to be signed: the parties, the
 * date, the concerns, the consents with their dates, the workers who give information,
 * and a signature line for each party, in the conference's language.
 */

interface Signer {
  name: string;
  role: string;
}

function contactOf(parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n');
}

function parties(data: PaperData, words: Words): Table {
  const { t } = words;
  const { conference } = data.prep;
  const sw = conference.socialWorker;
  const convener = data.settings.convener;
  const rows = [
    ...conference.children.map((c) => [t('documents.party.child'), t('documents.commission.childName', { name: c.firstName, year: c.birthYear }), '']),
    ...conference.guardians.map((g) => [t('documents.party.guardian'), g.name, '']),
    [t('documents.party.socialWorker'), sw.name, contactOf([sw.unit, sw.phone, sw.email])],
    [t('documents.party.convener'), convener.name, contactOf([data.settings.unit.name, convener.phone, convener.email])],
  ];
  return dataTable(
    [
      { title: t('documents.column.party'), weight: 22 },
      { title: t('documents.column.name'), weight: 34 },
      { title: t('documents.column.contact'), weight: 44 },
    ],
    rows,
    contentWidth(),
  );
}

function consents(data: PaperData, words: Words): Table {
  const { t } = words;
  const c = data.prep.commission;
  const date = (value: string | null) => (value ? words.date(value) : t('documents.consent.notYet'));
  return dataTable(
    [
      { title: t('documents.column.consent'), weight: 75 },
      { title: t('documents.column.date'), weight: 25 },
    ],
    [
      [t('documents.consent.voluntary'), date(c.voluntaryDate)],
      [t('documents.consent.contact'), date(c.contactConsentDate)],
      [t('documents.consent.waiver'), date(c.waiverDate)],
    ],
    contentWidth(),
  );
}

function workers(data: PaperData, words: Words): Paragraph | Table {
  const { t } = words;
  const people = data.prep.members.filter((m) => m.worker !== null && m.invite === 'invite');
  if (people.length === 0) return para(t('documents.commission.noWorkers'));
  return dataTable(
    [
      { title: t('documents.column.name'), weight: 26 },
      { title: t('documents.column.organisation'), weight: 24 },
      { title: t('documents.column.topic'), weight: 32 },
      { title: t('documents.column.waiver'), weight: 18 },
    ],
    people.map((m) => [m.name, m.worker!.organisation, m.worker!.topic, t(m.worker!.sharingAllowed ? 'documents.yes' : 'documents.no')]),
    contentWidth(),
  );
}

/** The social worker, the guardians and children who made the agreement (all of them if none are marked), the convener. */
function signers(data: PaperData, words: Words): Signer[] {
  const { t } = words;
  const { conference, commission } = data.prep;
  const pick = <T extends { id: string }>(all: readonly T[], ids: readonly string[]) =>
    ids.length > 0 ? all.filter((x) => ids.includes(x.id)) : all;
  return [
    { name: conference.socialWorker.name, role: t('documents.party.socialWorker') },
    ...pick(conference.guardians, commission.guardianIds).map((g) => ({ name: g.name, role: t('documents.party.guardian') })),
    ...pick(conference.children, commission.childIds).map((c) => ({ name: c.firstName, role: t('documents.party.child') })),
    { name: data.settings.convener.name, role: t('documents.party.convener') },
  ];
}

const signLine = { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.muted, space: 1 } } as const;
const caption = { size: 16, color: COLOR.muted } as const;

/**
 * A line to write the place and date on, and a line to sign on, each with its caption
 * under it. The captions keep the two lines apart: Word and LibreOffice join the borders
 * of adjacent paragraphs that have the same ones.
 */
function signatureCell(signer: Signer, words: Words): Paragraph[] {
  return [
    para('', { spacing: { before: 360, after: 0 }, border: signLine, keepNext: true }),
    para(words.t('documents.signature.placeDate'), { spacing: { before: 20, after: 0 }, keepNext: true }, caption),
    para('', { spacing: { before: 520, after: 0 }, border: signLine, keepNext: true }),
    para(signer.name, { spacing: { before: 20, after: 0 }, keepNext: true }, { size: 20, bold: true }),
    para(signer.role, { spacing: { after: 200 } }, caption),
  ];
}

/** Two signature blocks side by side, a row at a time, each row kept on one page. */
function signatures(data: PaperData, words: Words): Table {
  const list = signers(data, words);
  const rows: LayoutCell[][] = [];
  for (let i = 0; i < list.length; i += 2) {
    const second = list[i + 1];
    rows.push([
      { content: signatureCell(list[i]!, words), weight: 47 },
      { content: [], weight: 6 },
      { content: second ? signatureCell(second, words) : [], weight: 47 },
    ]);
  }
  return layoutTable(rows, contentWidth());
}

/** The commission agreement of the conference. */
export function buildCommission(data: PaperData): DocxPlan {
  const { prep, settings } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const title = t('documents.commission.title');
  const agreed = prep.commission.agreedDate;
  const concerns = prep.commission.concerns.map((c) => c.text);
  const children = [
    letterhead({ settings, words, docType: t('documents.commission.docType'), date: data.today, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    heading(title, 1),
    para(t('documents.commission.subtitle'), { spacing: { after: 200 } }, { bold: true, color: COLOR.muted }),
    para(t('documents.commission.intro')),
    heading(t('documents.commission.section.parties'), 2),
    parties(data, words),
    para(agreed ? t('documents.commission.agreed', { date: words.date(agreed) }) : t('documents.commission.agreedBlank'), { spacing: { before: 160 } }),
    heading(t('documents.commission.section.concerns'), 2),
    ...(concerns.length > 0 ? numbered(concerns) : [para(t('commission.concerns.empty'))]),
    heading(t('documents.commission.section.consents'), 2),
    consents(data, words),
    heading(t('documents.commission.section.workers'), 2),
    workers(data, words),
    heading(t('documents.commission.section.signatures'), 2),
    signatures(data, words),
  ];
  return {
    name: safeFileName(familyBase(t('documents.file.commission'), childrenFirstNames(words, data.prep.conference.children)), 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential: confidentialMarking(settings, words) }),
  };
}
