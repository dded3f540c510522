import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConferenceListItem } from '../../electron/shared/conference/conference.schema';
import type { Phase } from '../../electron/shared/conference/conference-lists';
import type { MeetingWhen } from '../../electron/shared/conference/meeting-when.types';
import type { NextDue } from '../../electron/shared/conference/next-due.types';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { ConferenceListPage, forgetListFilter } from '../../renderer/src/features/conference/ConferenceListPage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { makePreparation } from '../fixtures/preparation';
import { listAnswer } from '../helpers/list-answer';
import { answerApi, apiCalls } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

let seq = 0;

/** A conference in the list; commissioned on `commissionDate`, with `nextDue` and the coming meeting's date. */
function item(
  reference: string,
  phase: Phase,
  commissionDate: string,
  nextDue: NextDue | null,
  meeting: MeetingWhen | null = null,
): ConferenceListItem {
  seq += 1;
  const { conference } = makePreparation();
  return {
    ...conference,
    id: `11111111-1111-4111-8111-${String(seq).padStart(12, '0')}`,
    reference,
    phase,
    commissionDate,
    closure: phase === 'paattynyt' ? { reason: 'plan_made', text: '', closedAt: '2027-02-20T10:00:00.000Z' } : null,
    nextDue,
    meeting,
  };
}

const meetingOn = (date: string, kind: MeetingWhen['kind'], startTime: string | null, endTime: string | null): MeetingWhen => ({
  meetingId: '22222222-2222-4222-8222-222222222222',
  kind,
  date,
  startTime,
  endTime,
});

const checklist = (key: string, due: string, overdueDays = 0, meetingKind: 'conference' | 'follow_up' = 'conference'): NextDue => ({
  kind: 'checklist',
  meetingKind,
  item: { key, builtIn: true, text: '' },
  due,
  overdueDays,
});

/*
 * 1 March 2027: Mäkelä's venue is 9 days late, Pelto's decision 5; Lind's window closes in
 * 2 days; Harju prepares a follow-up meeting, whose summary is the follow-up summary.
 */
const CONFERENCES = [
  item(
    'Rinne 7/2027',
    'seuranta',
    '2026-11-20',
    { kind: 'meeting', meetingKind: 'follow_up', due: '2027-03-04', overdueDays: 0 },
    meetingOn('2027-03-04', 'follow_up', '13:00', '15:30'),
  ),
  item('Koivisto 1/2027', 'toimeksianto', '2027-02-10', { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 }),
  // Agreed for two days after the window closes (3.3.).
  item('Lind 2/2027', 'valmistelu', '2027-01-20', checklist('invitations', '2027-03-02'), meetingOn('2027-03-05', 'conference', '09:00', '14:00')),
  item('Salo 9/2027', 'paattynyt', '2026-09-01', null),
  item('Harju 4/2027', 'seuranta', '2026-10-12', checklist('summary', '2027-03-03', 0, 'follow_up')),
  item('Pelto 6/2027', 'neuvonpito', '2027-01-25', { kind: 'decision', due: '2027-02-24', overdueDays: 5 }),
  item('Mäkelä 3/2027', 'valmistelu', '2027-01-25', checklist('venue', '2027-02-20', 9)),
  item('Ahola 5/2027', 'valmistelu', '2027-01-25', {
    kind: 'checklist',
    meetingKind: 'conference',
    item: { key: '99999999-9999-4999-8999-999999999991', builtIn: false, text: 'Soita avustajalle' },
    due: '2027-03-09',
    overdueDays: 0,
  }),
];

function renderList() {
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <ConferenceListPage />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
}

/** Each row as its reference and the text of its "Seuraavaksi" cell. */
function nextColumn(): [string, string][] {
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((row) => {
    const cells = row.querySelectorAll('td');
    return [row.querySelector('th')!.textContent!, cells[cells.length - 1]!.textContent!];
  });
}

/** The text of the "Milloin" cell of the row of `reference`. */
function whenCell(reference: string): string {
  return screen.getByRole('row', { name: new RegExp(reference.replace('/', '\\/')) }).querySelector('.when-cell')!.textContent!;
}

describe('the conference list', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T08:00:00.000Z'));
    answerApi(call, (method, input) => (method === 'conference.list' ? listAnswer(CONFERENCES, input) : { ok: false }));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows for each conference the next thing due, the overdue ones first', async () => {
    renderList();
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: 'Seuraavaksi' })).toBeInTheDocument();
    expect(nextColumn()).toEqual([
      ['Mäkelä 3/2027', 'Varaa tila Myöhässä 9 päivää'],
      ['Pelto 6/2027', 'Sosiaalityöntekijän päätös puuttuu Myöhässä 5 päivää'],
      ['Lind 2/2027', 'Lähetä kutsut huomenna'],
      ['Ahola 5/2027', 'Soita avustajalle ti 9.3.'],
      ['Koivisto 1/2027', 'Sovi neuvonpidon aika'],
      // At a follow-up the summary to go through is the social worker's follow-up summary.
      ['Harju 4/2027', 'Pyydä seurantakokouksen yhteenveto ja käy se läpi perheen kanssa ke 3.3.'],
      ['Rinne 7/2027', 'Seurantakokous to 4.3.'],
    ]);
  });

  it('links each thing to the tab where it is done', async () => {
    renderList();
    await screen.findByRole('table');
    const id = (reference: string) => CONFERENCES.find((c) => c.reference === reference)!.id;
    expect(screen.getByRole('link', { name: 'Varaa tila' })).toHaveAttribute('href', `#/conferences/${id('Mäkelä 3/2027')}/arrangements`);
    expect(screen.getByRole('link', { name: 'Sosiaalityöntekijän päätös puuttuu' })).toHaveAttribute(
      'href',
      `#/conferences/${id('Pelto 6/2027')}/plan`,
    );
    expect(screen.getByRole('link', { name: 'Seurantakokous' })).toHaveAttribute(
      'href',
      `#/conferences/${id('Rinne 7/2027')}/arrangements`,
    );
  });

  it('shows nothing due for a closed conference, and the window only while it matters', async () => {
    renderList();
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Vaihe'), 'all');
    const closed = screen.getByRole('row', { name: /Salo 9\/2027/ });
    expect(closed).toHaveTextContent('Ei avoimia tehtäviä');
    expect(closed).not.toHaveTextContent('2026');
    const held = screen.getByRole('row', { name: /Pelto 6\/2027/ });
    expect(held).toHaveTextContent('Neuvonpito pidetty');
    expect(held).not.toHaveTextContent('2027–');
    // Undated, in its window: the days left and the window's dates.
    expect(whenCell('Ahola 5/2027')).toBe('7 päivää jäljellä22.2.–8.3.2027');
  });

  it('shows an agreed date first, with its weekday and times, and flags a date outside the window', async () => {
    renderList();
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: 'Milloin' })).toBeInTheDocument();
    expect(whenCell('Lind 2/2027')).toBe('pe 5.3. klo 9.00–14.002 päivää ikkunan jälkeen');
    // A follow-up's date says so; the conference's window is history by then.
    expect(whenCell('Rinne 7/2027')).toBe('Seurantakokous to 4.3. klo 13.00–15.30');
  });

  it('lists the columns a convener scans, in one table', async () => {
    renderList();
    await screen.findByRole('table');
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Tunnus', 'Lapset', 'Vaihe', 'Milloin', 'Seuraavaksi']);
  });
});

describe('the conference list at a city’s size', () => {
  /** 120 open conferences and a closed one, Salo, closed long ago. */
  const MANY = [
    ...Array.from({ length: 120 }, (_, i) =>
      item(`Perhe ${String(i + 1).padStart(3, '0')}/2027`, 'valmistelu', '2027-02-10', { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 }),
    ),
    item('Salo 9/2019', 'paattynyt', '2019-09-01', null),
  ];
  const listCalls = () => apiCalls(call).filter(([method]) => method === 'conference.list').map(([, input]) => input);

  beforeEach(() => {
    forgetListFilter();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T08:00:00.000Z'));
    answerApi(call, (method, input) => (method === 'conference.list' ? listAnswer(MANY, input) : { ok: false }));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const references = () => nextColumn().map(([reference]) => reference);

  it('shows a long list a page at a time, with where it is and how many there are', async () => {
    renderList();
    await screen.findByRole('table');
    expect(screen.getByText('Näytetään 1–50 / 120')).toBeInTheDocument();
    expect(screen.getByText('120 neuvonpitoa')).toBeInTheDocument();
    expect(references()).toHaveLength(50);
    expect(references()[0]).toBe('Perhe 001/2027');
    const pages = screen.getByRole('navigation', { name: 'Listan sivut' });
    expect(within(pages).getByRole('button', { name: 'Edelliset' })).toHaveAttribute('aria-disabled', 'true');

    await userEvent.click(within(pages).getByRole('button', { name: 'Seuraavat' }));
    await screen.findByText('Näytetään 51–100 / 120');
    expect(references()[0]).toBe('Perhe 051/2027');
    await userEvent.click(within(pages).getByRole('button', { name: 'Seuraavat' }));
    await screen.findByText('Näytetään 101–120 / 120');
    expect(references()).toHaveLength(20);
    // The last page: nowhere further to go, and the focus stays on the button.
    const next = within(pages).getByRole('button', { name: 'Seuraavat' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await userEvent.click(next);
    expect(listCalls().at(-1)).toMatchObject({ offset: 100, limit: 50 });
  });

  it('finds a closed conference by its name: the search is asked of the server, among all phases', async () => {
    renderList();
    await screen.findByRole('table');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Hae' }), 'salo');
    // Among the conferences in progress there is no Salo; the list offers to look among all.
    await screen.findByText('Hakuehdoilla ei löytynyt neuvonpitoja');
    expect(listCalls().at(-1)).toMatchObject({ query: 'salo', phase: 'active', offset: 0 });
    await userEvent.click(screen.getByRole('button', { name: 'Hae kaikista vaiheista' }));
    await screen.findByRole('table');
    expect(references()).toEqual(['Salo 9/2019']);
    expect(screen.getByLabelText('Vaihe')).toHaveValue('all');
    expect(screen.getByRole('searchbox', { name: 'Hae' })).toHaveValue('salo');
    expect(listCalls().at(-1)).toMatchObject({ query: 'salo', phase: 'all' });
  });

  it('starts a new search from its first page', async () => {
    renderList();
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Seuraavat' }));
    await screen.findByText('Näytetään 51–100 / 120');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Hae' }), 'perhe 11');
    await screen.findByText('Näytetään 1–11 / 11');
    expect(references()[0]).toBe('Perhe 011/2027');
    expect(listCalls().at(-1)).toMatchObject({ query: 'perhe 11', offset: 0 });
  });

  it('shows the answer to the last search, not one that comes late', async () => {
    const late: ((value: unknown) => void)[] = [];
    answerApi(call, (method, input) => {
      if (method !== 'conference.list') return { ok: false };
      // The answer to the first search typed waits until the second one is answered.
      if (input.query === 'perhe 00') return new Promise((resolve) => late.push(() => resolve(listAnswer(MANY, input))));
      return listAnswer(MANY, input);
    });
    renderList();
    const search = await screen.findByRole('searchbox', { name: 'Hae' });
    await userEvent.type(search, 'perhe 00');
    await vi.waitFor(() => expect(late).toHaveLength(1));
    await userEvent.type(search, '7');
    await screen.findByText('Näytetään 1–1 / 1');
    late.forEach((answer) => answer(undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(references()).toEqual(['Perhe 007/2027']);
  });

  it('says at the field why a search is refused, and keeps the rows', async () => {
    answerApi(call, (method, input) => {
      if (method !== 'conference.list') return { ok: false };
      if (String(input.query).includes('131052-308T')) {
        return { ok: false, error: { code: 'invalid_input', message: 'Invalid input', issues: [{ path: ['query'], message: 'validation.identityCode' }] } };
      }
      return listAnswer(MANY, input);
    });
    renderList();
    const search = await screen.findByRole('searchbox', { name: 'Hae' });
    await userEvent.type(search, '131052-308T');
    await screen.findByText('Älä kirjoita henkilötunnusta. Neuvonpito ei tallenna henkilötunnuksia.');
    expect(search).toHaveAttribute('aria-invalid', 'true');
    expect(search).toHaveValue('131052-308T');
    expect(references()).toHaveLength(50);
  });

  it('keeps the rows when the next page cannot be read, says so, and reads it again on request', async () => {
    let failing = true;
    answerApi(call, (method, input) => {
      if (method !== 'conference.list') return { ok: false };
      if (input.offset === 50 && failing) return { ok: false, error: { code: 'storage', message: 'disk' } };
      return listAnswer(MANY, input);
    });
    renderList();
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Seuraavat' }));
    const alert = await screen.findByRole('alert');
    // The rows, and what the pager says of them, are still the first page's.
    expect(references()[0]).toBe('Perhe 001/2027');
    expect(screen.getByText('Näytetään 1–50 / 120')).toBeInTheDocument();
    failing = false;
    await userEvent.click(within(alert).getByRole('button'));
    await screen.findByText('Näytetään 51–100 / 120');
    expect(references()[0]).toBe('Perhe 051/2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
