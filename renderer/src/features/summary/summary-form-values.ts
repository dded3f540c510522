import { translate, type MessageKey } from '../../../../electron/shared/i18n';
import { GENERAL_QUESTION_COUNT, type Summary, type SummaryFieldsInput } from '../../../../electron/shared/preparation/summary.schema';
import type { UiLanguage } from '../../../../electron/shared/i18n/locales';

type Item = { id?: string; text: string };

const items = (list: { id: string; text: string }[]): Item[] => list.map(({ id, text }) => ({ id, text }));

/** The form's values for a stored summary: empty dates as '', list ids kept. */
export function toSummaryValues(summary: Summary): SummaryFieldsInput {
  return {
    text: summary.text,
    openQuestions: items(summary.openQuestions),
    generalQuestions: items(summary.generalQuestions),
    mustInclude: items(summary.mustInclude),
    notAcceptable: items(summary.notAcceptable),
    requestedDate: summary.requestedDate ?? '',
    receivedDate: summary.receivedDate ?? '',
    parentsDate: summary.parentsDate ?? '',
    childrenDate: summary.childrenDate ?? '',
    supportPersonDate: summary.supportPersonDate ?? '',
    sharedWithNetwork: summary.sharedWithNetwork,
  };
}

/** The default general questions in the conference's language, in their usual order. */
export function defaultGeneralQuestions(language: UiLanguage): string[] {
  return Array.from({ length: GENERAL_QUESTION_COUNT }, (_, i) =>
    translate(language, `summary.generalQuestion.${i + 1}` as MessageKey),
  );
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The defaults that are not in `current` (compared without case or extra spaces). */
export function missingGeneralQuestions(current: Item[], defaults: string[]): string[] {
  const present = new Set(current.map((item) => normalise(item.text)));
  return defaults.filter((text) => !present.has(normalise(text)));
}

/**
 * `current` with the missing defaults put back where they belong: each one right after the
 * default that comes before it, so a restored question lands in its usual place.
 */
export function restoreGeneralQuestions(current: Item[], defaults: string[]): Item[] {
  const result = [...current];
  let position = 0;
  for (const text of defaults) {
    const at = result.findIndex((item) => normalise(item.text) === normalise(text));
    if (at >= 0) {
      position = Math.max(position, at + 1);
    } else {
      result.splice(position, 0, { text });
      position += 1;
    }
  }
  return result;
}
