import type { MeetingType } from '../../shared/conference/conference-lists';
import type { UiLanguage } from '../../shared/i18n/locales';
import type { StatisticsPeriod } from '../../shared/statistics/statistics.schema';
import { wordsFor } from './format';

/** The kind of meetings the figures cover: one type's name, or "kaikki tyypit". */
export function typeText(meetingType: MeetingType | null, lang: UiLanguage): string {
  const { t } = wordsFor(lang);
  return meetingType === null ? t('statisticsPage.allTypes') : t(`meetingType.${meetingType}`);
}

/** "Tilastot 1.1.2027–31.12.2027": the exports' title, or (`file`) their file name's base. */
export function statisticsTitle(period: Pick<StatisticsPeriod, 'from' | 'to'>, lang: UiLanguage, kind: 'title' | 'file' = 'title'): string {
  const words = wordsFor(lang);
  const key = kind === 'file' ? 'statisticsPage.file' : 'statisticsPage.report.title';
  return kind === 'file'
    ? words.t(key, { from: period.from, to: period.to })
    : words.t(key, { from: words.date(period.from), to: words.date(period.to) });
}
