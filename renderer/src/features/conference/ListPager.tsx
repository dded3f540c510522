import { useI18n } from '../../i18n/I18nProvider';
import { UI_LOCALES } from '../../../../electron/shared/i18n/locales';
import { LIST_PAGE_SIZE } from '../../../../electron/shared/conference/conference-lists';

/**
 * "Näytetään 51–100 / 9 970" and the buttons to the pages before and after. It tells the rows
 * shown (`offset` is their answer's), which stay while the next page is read or if it cannot
 * be. A button with no page to go to stays focusable (aria-disabled), so the focus is not
 * lost on the last page.
 */
export function ListPager({ offset, shown, total, onPage }: { offset: number; shown: number; total: number; onPage(page: number): void }) {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(UI_LOCALES[language]);
  const page = Math.floor(offset / LIST_PAGE_SIZE);
  const from = offset + 1;
  const hasPrevious = page > 0;
  const hasNext = from - 1 + shown < total;
  const range = t('list.range', { from: number.format(from), to: number.format(from - 1 + shown), total: number.format(total) });
  if (!hasPrevious && !hasNext) return <p className="list-range">{range}</p>;
  return (
    <nav className="list-pager" aria-label={t('list.pages')}>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={!hasPrevious}
        onClick={() => hasPrevious && onPage(page - 1)}
      >
        {t('list.previousPage')}
      </button>
      <p className="list-range" role="status">
        {range}
      </p>
      <button type="button" className="button button-secondary" aria-disabled={!hasNext} onClick={() => hasNext && onPage(page + 1)}>
        {t('list.nextPage')}
      </button>
    </nav>
  );
}
