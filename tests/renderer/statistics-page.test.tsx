import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../electron/shared/i18n';
import { buildReport } from '../../electron/shared/statistics/statistics-figures';
import type { StatisticsReport } from '../../electron/shared/statistics/statistics.schema';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { StatisticsPage } from '../../renderer/src/features/statistics/StatisticsPage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { emptyReport, fixtureReport, makeStatisticsRecord } from '../fixtures/statistics-report';
import { answerApi, apiCalls } from '../helpers/mock-api';

const { call, exportDocument } = vi.hoisted(() => ({ call: vi.fn(), exportDocument: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call, exportDocument }, isNetworkError: () => false }));

/** Intl's Finnish numbers use no-break spaces; the tests write plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function renderPage() {
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <StatisticsPage />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
}

/** The cells of the row labelled `label` in the table titled `title`. */
function rowOf(title: string, label: string): string[] {
  const table = screen.getByRole('table', { name: title });
  const row = within(table).getByRole('row', { name: new RegExp(`^${label}`) });
  return within(row).getAllByRole('cell').map((cell) => plain(cell.textContent));
}

let report: StatisticsReport;

describe('the Tilastot page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Wednesday 12 May 2027 in Helsinki.
    vi.setSystemTime(new Date('2027-05-12T08:00:00.000Z'));
    // jsdom has no canvas: the page must draw its tables without charts, and quietly.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    report = fixtureReport();
    answerApi(call, (method, input) =>
      method === 'statistics.get' ? { ok: true, value: { ...report, period: { ...report.period, ...input } } } : { ok: false },
    );
    exportDocument.mockReset();
    exportDocument.mockResolvedValue({ ok: true, value: { status: 'saved', names: ['Tilastot.csv'], location: null } });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks for this calendar year by default, and the quick choices and dates change the call', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByRole('heading', { level: 2, name: 'Toiminta' })).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([['statistics.get', { from: '2027-01-01', to: '2027-12-31', meetingType: null }]]);
    expect(plain(screen.getByText(/^1\.1\.2027/).textContent)).toMatch(/1\.1\.2027.31\.12\.2027 · kaikki tyypit/);
    expect(screen.getByRole('button', { name: 'Tämä vuosi' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Viime vuosi' }));
    await user.click(screen.getByRole('button', { name: 'Tämä vuosineljännes' }));
    await user.click(screen.getByRole('button', { name: 'Edellinen vuosineljännes' }));
    await user.selectOptions(screen.getByLabelText('Tyyppi'), 'verkostokartoitus');
    const to = screen.getByLabelText('Päättyen');
    await user.clear(to);
    await user.type(to, '15.3.2027');
    await screen.findByRole('heading', { level: 2, name: 'Toiminta' });
    expect(apiCalls(call).map(([, input]) => input)).toEqual([
      { from: '2027-01-01', to: '2027-12-31', meetingType: null },
      { from: '2026-01-01', to: '2026-12-31', meetingType: null },
      { from: '2027-04-01', to: '2027-06-30', meetingType: null },
      { from: '2027-01-01', to: '2027-03-31', meetingType: null },
      { from: '2027-01-01', to: '2027-03-31', meetingType: 'verkostokartoitus' },
      { from: '2027-01-01', to: '2027-03-15', meetingType: 'verkostokartoitus' },
    ]);
    expect(screen.getByRole('button', { name: 'Edellinen vuosineljännes' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('takes a date typed without a year as this year’s, in December too: a period, not an appointment', async () => {
    vi.setSystemTime(new Date('2027-12-10T08:00:00.000Z'));
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Toiminta' });
    const from = screen.getByLabelText('Alkaen');
    await user.clear(from);
    await user.type(from, '1.2.');
    await user.tab();
    expect(from).toHaveValue('1.2.2027');
    await waitFor(() => expect(apiCalls(call).at(-1)?.[1]).toEqual({ from: '2027-02-01', to: '2027-12-31', meetingType: null }));
  });

  it('refuses an end before the start without asking', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Toiminta' });
    const from = screen.getByLabelText('Alkaen');
    await user.clear(from);
    await user.type(from, '1.1.2028');
    expect(screen.getByLabelText('Päättyen')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Loppupäivä ei voi olla ennen alkupäivää.')).toBeInTheDocument();
    expect(apiCalls(call)).toHaveLength(1);
  });

  it('shows every table of the report with Finnish-formatted figures', async () => {
    report = buildReport(
      [
        ...Array.from({ length: 12 }, (_, n) => makeStatisticsRecord(n)),
        makeStatisticsRecord(3, { work: [{ day: '2027-03-02', activity: 'travel', minutes: 123_450 * 60 / 100 }], costs: [{ day: '2027-03-02', kind: 'travel', cents: 123_450, meeting: null }] }),
      ],
      { from: '2027-01-01', to: '2027-12-31', meetingType: null },
    );
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Toiminta' });
    const tables = report.sections.flatMap((section) => section.tables);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Kuukauden työaikaraportti',
      ...tables.map((table) => translate('fi', table.title)),
    ]);
    expect(screen.getAllByRole('table')).toHaveLength(report.sections.flatMap((s) => s.tables).filter((t) => t.rows.length > 0).length);
    expect(rowOf('Määrät', 'Toimeksiannot')).toEqual(['13']);
    expect(rowOf('Kesto päivinä', 'Toimeksiannosta tapaamiseen')).toEqual(['36 pv', '33 pv', '40 pv', '13']);
    expect(rowOf('Kesto päivinä', 'Tapaamisesta')).toEqual(['–', '–', '–', '0']);
    expect(rowOf('Miten lapset osallistuivat', 'Paikalla')).toEqual(['13', '72 %']);
    expect(rowOf('Työaika tehtävittäin', 'Matkat')).toEqual(['1 234,5 h']);
    expect(rowOf('Kulut lajeittain', 'Matkat')).toEqual(['1 234,50 €']);
    expect(rowOf('Palaute ryhmittäin', 'Vanhemmat')).toEqual(['13', '8,0', '100 %', '100 %']);
    expect(rowOf('Kuukausittain', 'huhtikuu 2027')).toEqual(['2', '2', '0']);
    // The page shows small counts as they are; only the exports hide them.
    expect(rowOf('Tulkit kielittäin', 'arabia')).toEqual(['1']);
    expect(screen.getByText(/erittelyjen alle viiden suuruiset määrät näkyvät muodossa ”<\s5”/)).toBeInTheDocument();
    expect(screen.getByText(/Tilastoissa ei ole nimiä, viitteitä eikä vapaata tekstiä/)).toBeInTheDocument();
    // Without a 2D canvas no chart is drawn, and nothing fails.
    await waitFor(() => expect(screen.queryByRole('img')).not.toBeInTheDocument());
    expect(screen.getAllByRole('table').length).toBeGreaterThan(10);
  });

  it('says plainly when nothing happened in the period, and shows no tables of zeros', async () => {
    report = emptyReport();
    renderPage();
    expect(
      await screen.findByText('Valitulla aikavälillä ei ole toimeksiantoja, tapaamisia, kirjattua työaikaa, kuluja eikä palautetta.', {}),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lataa CSV (Excel)' })).not.toBeInTheDocument();
  });

  it('says that conferences deleted before the statistics count only in commissions and closures', async () => {
    report = { ...fixtureReport(), olderDeletedConferences: 3 };
    renderPage();
    expect(
      await screen.findByText('3 ennen tilastojen käyttöönottoa poistettua prosessia ovat mukana vain toimeksiannoissa ja päättyneissä.', {}),
    ).toBeInTheDocument();
  });

  it('exports the CSV and the report of the period shown, through the export queue', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Toiminta' });
    await user.click(screen.getByRole('button', { name: 'Viime vuosi' }));
    await screen.findByRole('heading', { level: 2, name: 'Toiminta' });
    await user.click(screen.getByRole('button', { name: 'Lataa CSV (Excel)' }));
    expect(await screen.findByText('1 tiedosto ladattu selaimen latauksiin.', {})).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tee raportti (Word)' }));
    expect(exportDocument.mock.calls).toEqual([
      ['statistics.csv', { from: '2026-01-01', to: '2026-12-31', meetingType: null }],
      ['statistics.report', { from: '2026-01-01', to: '2026-12-31', meetingType: null, charts: {} }],
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Kuukauden työaikaraportti' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lataa kuukauden raportti (Word)' })).toBeEnabled();
  });
});
