import { isolate } from '../../shared/i18n/isolate';
import type { PaperData, DocxPlan } from './document-data';
import { familyBase, safeFileName } from './file-name';
import { childrenFirstNames, whenText, wordsFor } from './format';
import { afterLetterhead, confidentialMarking, letterhead } from './letterhead';
import { bullets, COLOR, heading, makeDocument, numbered, para, paragraphs } from './styles';

/*
 * The summary and questions handout, as the social worker wrote them: the summary's
 * paragraphs kept, the open and the general questions numbered, and the bottom lines
 * when there are any. In the conference's language.
 */

/** The summary and questions of the conference, for the meeting's participants. */
export function buildSummary(data: PaperData): DocxPlan {
  const { prep, settings } = data;
  const words = wordsFor(prep.conference.language);
  const { t } = words;
  const { summary, conference } = prep;
  const meeting = prep.meetings.find((m) => m.kind === 'conference') ?? null;
  const title = t('documents.summary.title');
  const byline = [conference.socialWorker.name, conference.socialWorker.unit].filter((part) => part !== '').map(isolate).join(', ');
  const text = paragraphs(summary.text);
  const list = (items: { text: string }[]) => items.map((item) => item.text);
  const bottomLines = summary.mustInclude.length > 0 || summary.notAcceptable.length > 0;
  const children = [
    letterhead({ settings, words, docType: t('documents.summary.docType'), date: data.today, confidential: confidentialMarking(settings, words) }),
    ...afterLetterhead(),
    heading(title, 1),
    para(t('documents.summary.byline', { name: byline }), { spacing: { after: 0 } }, { color: COLOR.muted }),
    ...(meeting?.date ? [para(`${t('documents.conference')}: ${whenText(words, meeting)}`, {}, { color: COLOR.muted })] : []),
    heading(t('documents.summary.section.summary'), 2),
    ...(text.length > 0 ? text : [para(t('documents.summary.empty'))]),
    heading(t('summary.openQuestions'), 2),
    ...(summary.openQuestions.length > 0 ? numbered(list(summary.openQuestions)) : [para(t('documents.summary.noQuestions'))]),
    ...(summary.generalQuestions.length > 0
      ? [heading(t('summary.generalQuestions'), 2), ...numbered(list(summary.generalQuestions))]
      : []),
    ...(bottomLines ? [heading(t('summary.section.bottomLines'), 2)] : []),
    ...(summary.mustInclude.length > 0 ? [heading(t('summary.mustInclude'), 3), ...bullets(list(summary.mustInclude))] : []),
    ...(summary.notAcceptable.length > 0 ? [heading(t('summary.notAcceptable'), 3), ...bullets(list(summary.notAcceptable))] : []),
  ];
  return {
    name: safeFileName(familyBase(t('documents.file.summary'), childrenFirstNames(words, prep.conference.children)), 'docx'),
    document: makeDocument({ words, title, sender: settings.unit.name, children, confidential: confidentialMarking(settings, words) }),
  };
}
