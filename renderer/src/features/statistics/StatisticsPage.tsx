import { MonthTimeReport } from '../work/MonthTimeReport';
import type { Chart } from 'chart.js';
import { useCallback, useRef, useState } from 'react';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import { figureNumber, isEmptyReport } from '../../../../electron/shared/statistics/statistics-format';
import type { StatisticsTable } from '../../../../electron/shared/statistics/statistics.schema';
import { isValidIsoDate } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { useLoad } from '../../app/useLoad';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import type { TypeFilter } from '../conference/conference-list';
import { MeetingTypeFilter } from '../conference/MeetingTypeFilter';
import { ExportLine } from '../documents/ExportLine';
import { useExportQueue } from '../documents/useExportQueue';
import { StatisticsChart } from './StatisticsChart';
import { StatisticsTableView } from './StatisticsTableView';
import { QUICK_PERIODS, quickChoiceOf, quickPeriod, type Period } from './statistics-period';
import './statistics.css';
import { DateField } from '../../components/DateField';

const PNG_DATA_URL = /^data:image\/png;base64,/;

/** A chart is drawn where the model has one and it would show something: all-zero bars say less than the table. */
function hasChart(table: StatisticsTable): boolean {
  const spec = table.chart;
  if (spec === null) return false;
  const drawn = (values: StatisticsTable['rows'][number]['values']) => (spec.kind === 'bars' ? [values[spec.column]!] : values);
  return table.rows.some((row) => drawn(row.values).some((figure) => (figureNumber(figure) ?? 0) > 0));
}

/**
 * "Tilastot": the figures of a period (this calendar year unless another is chosen) for
 * every kind of meeting or one, each table with its chart where the model has one, and the
 * same figures as a CSV and a Word report. The statistics hold no names, references or free
 * text; the exports also hide small groups, which the page says once.
 */
export function StatisticsPage() {
  const { t, tn, formatDate } = useI18n();
  const today = todayInHelsinki(new Date());
  const [period, setPeriod] = useState<Period>(() => quickPeriod('thisYear', today));
  // The date fields as typed: the period follows them once both are whole dates in order.
  const [draft, setDraft] = useState<Period>(period);
  const [typeFilter, setTypeFilter] = useState<TypeFilter>('all');
  const charts = useRef(new Map<string, Chart>());
  const csvQueue = useExportQueue();
  const reportQueue = useExportQueue();
  const meetingType = typeFilter === 'all' ? null : typeFilter;

  const load = useLoad(() => api.call('statistics.get', { from: period.from, to: period.to, meetingType }), [period, meetingType]);

  const onChart = useCallback((key: string, chart: Chart | null) => {
    if (chart) charts.current.set(key, chart);
    else charts.current.delete(key);
  }, []);

  const choose = (next: Period) => {
    setDraft(next);
    setPeriod(next);
  };
  const edit = (field: keyof Period, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (isValidIsoDate(next.from) && isValidIsoDate(next.to) && next.from <= next.to) setPeriod(next);
  };
  const outOfOrder = isValidIsoDate(draft.from) && isValidIsoDate(draft.to) && draft.from > draft.to;
  const quick = quickChoiceOf(period, today);

  const exportCsv = () =>
    csvQueue.run([{ label: t('statisticsPage.export.csv.label'), method: 'statistics.csv', input: { ...period, meetingType } }]);
  const exportReport = () => {
    const images = Object.fromEntries(
      [...charts.current].map(([key, chart]) => [key, chart.toBase64Image('image/png', 1).replace(PNG_DATA_URL, '')]),
    );
    return reportQueue.run([
      { label: t('statisticsPage.export.report.label'), method: 'statistics.report', input: { ...period, meetingType, charts: images } },
    ]);
  };

  const report = load.state === 'ready' ? load.data : null;
  const empty = report !== null && isEmptyReport(report);
  const busy = load.state !== 'ready' || csvQueue.status.state === 'running' || reportQueue.status.state === 'running';

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('statisticsPage.title')}</h1>
          <p className="page-subtitle">
            {t('statisticsPage.subtitle', {
              from: formatDate(period.from),
              to: formatDate(period.to),
              type: meetingType === null ? t('statisticsPage.allTypes') : t(`meetingType.${meetingType}`),
            })}
          </p>
        </div>
      </header>

      <section className="card statistics-controls" aria-label={t('statisticsPage.period')}>
        <div className="statistics-quick" role="group" aria-label={t('statisticsPage.quick')}>
          {QUICK_PERIODS.map((choice) => (
            <button
              key={choice}
              type="button"
              className={quick === choice ? 'button button-primary' : 'button button-secondary'}
              aria-pressed={quick === choice}
              onClick={() => choose(quickPeriod(choice, today))}
            >
              {t(`statisticsPage.quick.${choice}`)}
            </button>
          ))}
        </div>
        <div className="filters statistics-filters">
          <div className={outOfOrder ? 'field field-invalid' : 'field'}>
            <label htmlFor="statistics-from" className="field-label">
              {t('statisticsPage.from')}
            </label>
            <DateField id="statistics-from" yearless="thisYear" value={draft.from} onChange={(e) => edit('from', e.target.value)} />
          </div>
          <div className={outOfOrder ? 'field field-invalid' : 'field'}>
            <label htmlFor="statistics-to" className="field-label">
              {t('statisticsPage.to')}
            </label>
            <DateField
              id="statistics-to"
              yearless="thisYear"
              value={draft.to}
              aria-invalid={outOfOrder || undefined}
              aria-describedby={outOfOrder ? 'statistics-to-error' : undefined}
              onChange={(e) => edit('to', e.target.value)}
            />
          </div>
          <MeetingTypeFilter id="statistics-type" value={typeFilter} onChange={setTypeFilter} />
        </div>
        {outOfOrder && (
          <p id="statistics-to-error" className="field-error">
            {t('validation.periodOrder')}
          </p>
        )}
      </section>

      <p className="statistics-privacy">{t('statisticsPage.privacy')}</p>
      {report && report.olderDeletedConferences > 0 && (
        <p className="alert alert-info">{tn('statisticsPage.olderDeleted', report.olderDeletedConferences)}</p>
      )}

      {load.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {load.state === 'error' && <ErrorMessage error={load.error} onRetry={load.reload} />}
      {empty && <EmptyState title={t('statisticsPage.empty')} body={t('statisticsPage.empty.hint')} />}

      {report && !empty && (
        <section className="card statistics-exports" aria-labelledby="statistics-exports-title">
          <h2 id="statistics-exports-title" className="section-title">
            {t('statisticsPage.export')}
          </h2>
          <p className="muted">{t('statisticsPage.export.hint')}</p>
          <div className="statistics-export-buttons">
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void exportCsv()}>
              {t('statisticsPage.export.csv')}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void exportReport()}>
              {t('statisticsPage.export.report')}
            </button>
          </div>
          <ExportLine status={csvQueue.status} working={t('statisticsPage.export.csv.working')} />
          <ExportLine status={reportQueue.status} working={t('statisticsPage.export.report.working')} />
          <MonthTimeReport />
        </section>
      )}

      {report &&
        !empty &&
        report.sections.map((section) => (
          <section key={section.key} className="statistics-section" aria-labelledby={`statistics-${section.key}`}>
            <h2 id={`statistics-${section.key}`} className="section-title">
              {t(section.title)}
            </h2>
            <div className="statistics-blocks">
              {section.tables.map((table) => (
                <div key={table.key} className={hasChart(table) || table.columns.length > 3 ? 'card statistics-block statistics-block-wide' : 'card statistics-block'}>
                  <h3 className="statistics-block-title">{t(table.title)}</h3>
                  <div className="statistics-block-body">
                    {hasChart(table) && <StatisticsChart table={table} onChart={onChart} />}
                    <StatisticsTableView table={table} />
                  </div>
                </div>
              ))}
            </div>
          </section>
        ))}
    </>
  );
}
