import { figureText, labelText } from '../../../../electron/shared/statistics/statistics-format';
import type { StatisticsTable } from '../../../../electron/shared/statistics/statistics.schema';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Any table of the statistics, drawn from the model alone: row labels (a catalog key, a
 * month, a language as written), and each figure in its unit in the reader's number format.
 * The page shows the figures as they are; only the exports hide small groups.
 */
export function StatisticsTableView({ table }: { table: StatisticsTable }) {
  const { t, language } = useI18n();
  const title = t(table.title);
  if (table.rows.length === 0) return <p className="muted statistics-none">{t('statisticsPage.table.none')}</p>;
  return (
    <div className="statistics-table-wrap">
      <table className="table statistics-table" data-table={table.key}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <td className="statistics-corner" />
            {table.columns.map((column) => (
              <th key={column} scope="col" className="statistics-number">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" dir={'text' in row.label ? 'auto' : undefined} className={'month' in row.label ? 'nowrap' : undefined}>
                {labelText(row.label, language)}
              </th>
              {row.values.map((figure, index) => (
                <td key={index} className="statistics-number">
                  {figureText(figure, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
