import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { figureNumber, figureText, labelText, monthText } from '../../../../electron/shared/statistics/statistics-format';
import type { Figure, StatisticsTable } from '../../../../electron/shared/statistics/statistics.schema';
import { UI_LOCALES, type UiLanguage } from '../../../../electron/shared/i18n/locales';
import { useI18n } from '../../i18n/I18nProvider';

// Only what the two kinds of chart use, so the bundle carries no more of Chart.js.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

/*
 * A table's chart: bars of one column, or a timeline of every column by month. The chart
 * never replaces its table, which follows it on the page. Drawn only where a 2D canvas
 * exists (not in jsdom); no animation, so the exported image is the finished chart.
 */

/** Dark enough for 3:1 against white; the timeline's lines also differ by dash and marker. */
const COLOURS = ['#1f4e79', '#a63d12', '#2d6a4f', '#6b3fa0'];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3]];
const MARKERS = ['circle', 'rect', 'triangle', 'rectRot'] as const;
const TEXT = '#1d2733';
const GRID = '#d9dee5';

/** A white background, so the exported PNG is not transparent in Word. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Each bar's value written at its end: the chart can be read without the axis, and in print. */
function valueLabels(texts: readonly string[]): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = TEXT;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((bar, index) => ctx.fillText(texts[index] ?? '', bar.x + 6, bar.y));
      ctx.restore();
    },
  };
}

/** The rows a bar chart draws: a total row ('all') is left to the table, beside its parts. */
export function barRows(table: StatisticsTable) {
  return table.rows.filter((row) => row.key !== 'all');
}

/** What the chart shows, in words: the canvas's accessible name. */
export function chartSummary(table: StatisticsTable, lang: UiLanguage, t: ReturnType<typeof useI18n>['t']): string {
  const title = t(table.title);
  const spec = table.chart!;
  if (spec.kind === 'bars') {
    const items = barRows(table)
      .map((row) => `${labelText(row.label, lang)} ${figureText(row.values[spec.column]!, lang)}`)
      .join(', ');
    return t('statisticsPage.chart.bars', { title, items });
  }
  const series = table.columns
    .map((column, index) => {
      const total = table.rows.reduce((sum, row) => sum + (figureNumber(row.values[index]!) ?? 0), 0);
      return t('statisticsPage.chart.total', { name: t(column), value: new Intl.NumberFormat(UI_LOCALES[lang]).format(total) });
    })
    .join(', ');
  const first = table.rows[0];
  const last = table.rows.at(-1);
  const month = (row: typeof first) => (row && 'month' in row.label ? monthText(row.label.month, lang) : '');
  return t('statisticsPage.chart.timeline', { title, from: month(first), to: month(last), series });
}

function configOf(table: StatisticsTable, lang: UiLanguage, t: ReturnType<typeof useI18n>['t']): ChartConfiguration {
  const spec = table.chart!;
  const locale = UI_LOCALES[lang];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const font = { family: 'system-ui, sans-serif', size: 12 };
  const axis = { ticks: { color: TEXT, font }, grid: { color: GRID } };
  const common = { animation: false as const, responsive: true, maintainAspectRatio: false, devicePixelRatio: 2, locale };
  if (spec.kind === 'bars') {
    const rows = barRows(table);
    const value = (figure: Figure) => figureNumber(figure) ?? 0;
    // Counts have whole ticks; hours, euros, shares and means may have fractions.
    const whole = rows.every((row) => row.values[spec.column]!.unit === 'count');
    return {
      type: 'bar',
      data: {
        labels: rows.map((row) => labelText(row.label, lang)),
        datasets: [{ label: t(table.columns[spec.column]!), data: rows.map((row) => value(row.values[spec.column]!)), backgroundColor: COLOURS[0] }],
      },
      options: {
        ...common,
        indexAxis: 'y',
        layout: { padding: { right: 84 } },
        plugins: { legend: { display: false } },
        scales: { x: { ...axis, beginAtZero: true, ticks: { ...axis.ticks, ...(whole ? { precision: 0 } : {}), callback: (tick) => numbers.format(Number(tick)) } }, y: { ...axis, grid: { display: false } } },
      },
      plugins: [whiteBackground, valueLabels(rows.map((row) => figureText(row.values[spec.column]!, lang))) as Plugin],
    };
  }
  const months = table.rows.map((row) => ('month' in row.label ? row.label.month : row.key));
  const years = new Set(months.map((month) => month.slice(0, 4)));
  return {
    type: 'line',
    data: {
      labels: months.map((month) => monthText(month, lang, true) + (years.size > 1 ? ` ${month.slice(2, 4)}` : '')),
      datasets: table.columns.map((column, index) => ({
        label: t(column),
        data: table.rows.map((row) => figureNumber(row.values[index]!) ?? 0),
        borderColor: COLOURS[index % COLOURS.length],
        backgroundColor: COLOURS[index % COLOURS.length],
        borderDash: DASHES[index % DASHES.length],
        borderWidth: 2,
        pointStyle: MARKERS[index % MARKERS.length],
        pointRadius: 4,
      })),
    },
    options: {
      ...common,
      plugins: { legend: { position: 'bottom', labels: { color: TEXT, font, usePointStyle: true } } },
      scales: { x: axis, y: { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } } },
    },
    plugins: [whiteBackground],
  };
}

/** The chart's height on the page: bars grow with their rows. */
function heightOf(table: StatisticsTable): number {
  return table.chart?.kind === 'bars' ? 40 + 30 * barRows(table).length : 260;
}

/**
 * A <figure> with the chart of `table`; `onChart` is told the drawn chart (for the Word
 * report's image) and null when it goes.
 */
export function StatisticsChart({ table, onChart }: { table: StatisticsTable; onChart(key: string, chart: Chart | null): void }) {
  const { t, language } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Where no 2D canvas exists, the figure goes and the table stands alone.
  const [drawable, setDrawable] = useState(true);
  const summary = chartSummary(table, language, t);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) {
      setDrawable(false);
      return;
    }
    const chart = new Chart(context, configOf(table, language, t));
    onChart(table.key, chart);
    return () => {
      onChart(table.key, null);
      chart.destroy();
    };
  }, [table, language, t, onChart]);

  if (!drawable) return null;
  return (
    <figure className="statistics-chart">
      <figcaption className="statistics-chart-caption">{t('statisticsPage.report.chart', { title: t(table.title) })}</figcaption>
      <div className="statistics-chart-canvas" style={{ height: heightOf(table) }}>
        <canvas ref={canvasRef} role="img" aria-label={summary} data-chart={table.key} />
      </div>
    </figure>
  );
}
