import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Week, WeekItem } from '../../electron/shared/week/week';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { WeekPage } from '../../renderer/src/features/week/WeekPage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { answerApi, apiCalls } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const LIND = { conferenceId: '11111111-1111-4111-8111-000000000001', reference: 'Lind 2/2027', children: ['Aino', 'Eetu'], meetingType: 'laheisneuvonpito' as const };
const MAKELA = { conferenceId: '11111111-1111-4111-8111-000000000002', reference: 'Mäkelä 3/2027', children: ['Veeti'], meetingType: 'laheisneuvonpito' as const };
const MEETING_ID = '77777777-7777-4777-8777-000000000001';

function week(items: Record<string, WeekItem[]>): Week {
  const dates = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'];
  return { from: '2027-03-01', to: '2027-03-07', number: 9, days: dates.map((date) => ({ date, items: items[date] ?? [] })) };
}

const THIS_WEEK = week({
  '2027-03-01': [
    { ...MAKELA, kind: 'checklist', meetingId: MEETING_ID, meetingKind: 'conference', item: { key: 'refreshments', builtIn: true, text: '' }, status: 'dueSoon' },
  ],
  '2027-03-02': [{ ...LIND, kind: 'nextStep', contactId: '55555555-5555-4555-8555-000000000001', memberName: null, text: 'Soita äidille' }],
  '2027-03-04': [{ ...LIND, kind: 'meeting', meetingId: MEETING_ID, meetingKind: 'conference', startTime: '09:00', endTime: '14:00' }],
});

function renderWeek(from?: string) {
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <WeekPage from={from} />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
}

describe('the week view', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Tuesday 2 March 2027 in Helsinki.
    vi.setSystemTime(new Date('2027-03-02T08:00:00.000Z'));
    answerApi(call, (method) => (method === 'week.get' ? { ok: true, value: THIS_WEEK } : { ok: false }));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows this week by day, Monday to Sunday, asking for the week that today falls in', async () => {
    renderWeek();
    expect(await screen.findByText('Viikko 9, 1.3.–7.3.2027 · 3 merkintää')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tämä viikko' })).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([['week.get', { from: '2027-03-01' }]]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Maanantai 1.3.2027',
      'Tiistai 2.3.2027tänään',
      'Keskiviikko 3.3.2027',
      'Torstai 4.3.2027',
      'Perjantai 5.3.2027',
      'Lauantai 6.3.2027',
      'Sunnuntai 7.3.2027',
    ]);
  });

  it('says what happens each day, each line a link to where it is done; an empty day says so', async () => {
    renderWeek();
    const day = async (name: RegExp) => within(await screen.findByRole('region', { name }));
    const thursday = await day(/Torstai 4\.3\./);
    expect(thursday.getByRole('listitem')).toHaveTextContent('9.00–14.00NeuvonpitoLind 2/2027 · Aino, Eetu');
    expect(thursday.getByRole('link', { name: 'Neuvonpito' })).toHaveAttribute('href', `#/conferences/${LIND.conferenceId}/arrangements`);
    const tuesday = await day(/Tiistai 2\.3\./);
    expect(tuesday.getByRole('link', { name: 'Soita äidille' })).toHaveAttribute('href', `#/conferences/${LIND.conferenceId}/contacts`);
    expect(tuesday.getByRole('listitem')).toHaveTextContent('(perhe)');
    // Monday's task is past and not done.
    const monday = await day(/Maanantai 1\.3\./);
    expect(monday.getByRole('link', { name: 'Tilaa tarjoilut' })).toHaveAttribute('href', `#/conferences/${MAKELA.conferenceId}/arrangements`);
    expect(monday.getByRole('listitem')).toHaveTextContent('tekemättä');
    expect((await day(/Keskiviikko 3\.3\./)).getByText('Ei merkintöjä')).toBeInTheDocument();
  });

  it('moves a week at a time, and straight to next week', async () => {
    renderWeek();
    const nav = within(await screen.findByRole('navigation', { name: 'Viikon valinta' }));
    expect(nav.getByRole('link', { name: /Edellinen viikko/ })).toHaveAttribute('href', '#/week/2027-02-22');
    expect(nav.getByRole('link', { name: 'Ensi viikko' })).toHaveAttribute('href', '#/week/2027-03-08');
    expect(nav.getByRole('link', { name: /Seuraava viikko/ })).toHaveAttribute('href', '#/week/2027-03-08');
  });

  it('calls next week "Ensi viikko" and offers the way back', async () => {
    answerApi(call, (method) =>
      method === 'week.get' ? { ok: true, value: { ...week({}), from: '2027-03-08', to: '2027-03-14', number: 10 } } : { ok: false },
    );
    renderWeek('2027-03-10');
    expect(await screen.findByText(/Tällä viikolla ei ole neuvonpitoja/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ensi viikko' })).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([['week.get', { from: '2027-03-08' }]]);
    expect(screen.getByRole('link', { name: 'Tämä viikko' })).toHaveAttribute('href', '#/week');
  });
});
