import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DueConference } from '../../electron/shared/retention/retention';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { ConferenceListPage } from '../../renderer/src/features/conference/ConferenceListPage';
import { DeleteConferenceButton } from '../../renderer/src/features/deletion/DeleteConferenceButton';
import { RetentionQuestion } from '../../renderer/src/features/retention/RetentionQuestion';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { makePreparation } from '../fixtures/preparation';
import { listAnswer } from '../helpers/list-answer';
import { answerApi, apiCalls } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const DUE: DueConference[] = [
  { id: '11111111-1111-4111-8111-000000000091', reference: 'Salo 9/2026', closedAt: '2026-09-01T21:30:00.000Z', dueSince: '2027-03-02', version: 4 },
  { id: '11111111-1111-4111-8111-000000000092', reference: 'Öhman 2/2026', closedAt: '2026-08-15T09:00:00.000Z', dueSince: '2027-02-15', version: 2 },
];

function renderIn(children: React.ReactNode) {
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>{children}</RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
}

describe('the start-of-day retention question', () => {
  beforeEach(() => {
    answerApi(call, (method) => {
      if (method === 'retention.question') return { ok: true, value: { ask: true, conferences: DUE } };
      if (method === 'retention.purge') return { ok: true, value: { deleted: DUE.map((c) => c.id) } };
      return { ok: false, error: { code: 'internal', message: 'x' } };
    });
  });

  it('lists the due conferences with their closing dates; "Poista nyt" purges exactly those, on their versions', async () => {
    renderIn(<RetentionQuestion />);
    const dialog = await screen.findByRole('dialog', { name: 'Säilytysaika on päättynyt' });
    expect(dialog).toHaveTextContent('Salo 9/2026 (päättyi 2.9.2026)');
    expect(dialog).toHaveTextContent('Öhman 2/2026 (päättyi 15.8.2026)');
    expect(dialog).toHaveTextContent('6 kk päättymisestä');
    expect(dialog).toHaveTextContent('Sovellus tekee varmuuskopion ennen poistoa.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Poista nyt' }));
    await screen.findByText('2 neuvonpitoa poistettiin pysyvästi.', undefined);
    expect(apiCalls(call).filter(([method]) => method === 'retention.purge')).toEqual([
      ['retention.purge', { conferences: DUE.map(({ id, version }) => ({ id, version })) }],
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('"Myöhemmin" closes it and deletes nothing', async () => {
    renderIn(<RetentionQuestion />);
    const dialog = await screen.findByRole('dialog', { name: 'Säilytysaika on päättynyt' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Myöhemmin' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(apiCalls(call).map(([method]) => method)).not.toContain('retention.purge');
  });

  it('is not shown when the backend says not to ask', async () => {
    answerApi(call, (method) => (method === 'retention.question' ? { ok: true, value: { ask: false, conferences: [] } } : { ok: false }));
    renderIn(<RetentionQuestion />);
    await waitFor(() => expect(apiCalls(call).map(([method]) => method)).toContain('retention.question'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the usual conflict message when a conference changed meanwhile, and keeps asking', async () => {
    answerApi(call, (method) => {
      if (method === 'retention.question') return { ok: true, value: { ask: true, conferences: DUE } };
      return { ok: false, error: { code: 'conflict', message: 'changed' } };
    });
    renderIn(<RetentionQuestion />);
    const dialog = await screen.findByRole('dialog', { name: 'Säilytysaika on päättynyt' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Poista nyt' }));
    expect(await within(dialog).findByRole('alert', undefined)).toHaveTextContent('Tieto on muuttunut sillä välin');
    expect(screen.getByRole('dialog', { name: 'Säilytysaika on päättynyt' })).toBeInTheDocument();
  });
});

describe('the conference list', () => {
  it('marks the closed conferences past their retention time', async () => {
    const { conference } = makePreparation();
    const closure = { reason: 'plan_made' as const, text: '', closedAt: DUE[0]!.closedAt };
    const list = [
      { ...conference, id: DUE[0]!.id, reference: 'Salo 9/2026', phase: 'paattynyt' as const, closure, nextDue: null },
      { ...conference, id: '11111111-1111-4111-8111-000000000093', reference: 'Rinne 3/2027', phase: 'paattynyt' as const, closure, nextDue: null },
    ];
    answerApi(call, (method, input) => {
      if (method === 'conference.list') return listAnswer(list.map((c) => ({ meeting: null, ...c })), input);
      if (method === 'retention.due') return { ok: true, value: { months: 6, conferences: [DUE[0]] } };
      return { ok: false };
    });
    renderIn(<ConferenceListPage />);
    await userEvent.selectOptions(await screen.findByLabelText('Vaihe', undefined), 'all');
    await waitFor(() => expect(screen.getByRole('row', { name: /Salo 9\/2026/ })).toHaveTextContent('Säilytysaika päättynyt'));
    expect(screen.getByRole('row', { name: /Rinne 3\/2027/ })).not.toHaveTextContent('Säilytysaika päättynyt');
  });

  it('says on the list of conferences in progress how many closed ones are due, and shows them at a click', async () => {
    const { conference } = makePreparation();
    const closure = { reason: 'plan_made' as const, text: '', closedAt: DUE[0]!.closedAt };
    const list = [
      { ...conference, id: DUE[0]!.id, reference: 'Salo 9/2026', phase: 'paattynyt' as const, closure, nextDue: null },
      { ...conference, id: DUE[1]!.id, reference: 'Öhman 2/2026', phase: 'paattynyt' as const, closure, nextDue: null },
      { ...conference, id: '11111111-1111-4111-8111-000000000094', reference: 'Aalto 5/2027', nextDue: null },
    ];
    answerApi(call, (method, input) => {
      if (method === 'conference.list') return listAnswer(list.map((c) => ({ meeting: null, ...c })), input);
      if (method === 'retention.due') return { ok: true, value: { months: 6, conferences: DUE } };
      return { ok: false };
    });
    renderIn(<ConferenceListPage />);
    const phase = await screen.findByLabelText('Vaihe', undefined);
    await userEvent.selectOptions(phase, 'active');
    expect(await screen.findByText('2 päättynyttä neuvonpitoa on ylittänyt säilytysajan.', undefined)).toBeVisible();
    expect(screen.queryByRole('row', { name: /Salo 9\/2026/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Näytä päättyneet' }));
    expect(phase).toHaveValue('paattynyt');
    expect(screen.getByRole('row', { name: /Salo 9\/2026/ })).toHaveTextContent('Säilytysaika päättynyt');
    expect(screen.getByRole('row', { name: /Öhman 2\/2026/ })).toHaveTextContent('Säilytysaika päättynyt');
    expect(screen.queryByText('2 päättynyttä neuvonpitoa on ylittänyt säilytysajan.')).toBeNull();
  });
});

describe('deleting a conference', () => {
  it('names the conference and its children, counts what goes, says what stays, and shows a conflict', async () => {
    const { conference } = makePreparation();
    answerApi(call, (method) => {
      if (method === 'conference.deletePreview') {
        return { ok: true, value: { children: 2, guardians: 1, networkMembers: 5, contactEntries: 3, meetings: 2, followUps: 1, plans: 0, workEntries: 4, costs: 0, feedbackForms: 6 } };
      }
      if (method === 'conference.delete') return { ok: false, error: { code: 'conflict', message: 'changed' } };
      return { ok: false };
    });
    renderIn(<DeleteConferenceButton conference={conference} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Poista neuvonpito…' }));
    const dialog = await screen.findByRole('dialog', { name: `Poistetaanko neuvonpito ${conference.reference} pysyvästi?` });
    await within(dialog).findByText('5 läheisverkoston jäsentä', undefined);
    expect(dialog).toHaveTextContent(`Lapset: ${conference.children.map((c) => c.firstName).join(', ')}`);
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2 lasta',
      '1 huoltaja',
      '5 läheisverkoston jäsentä',
      '3 yhteydenpitomerkintää',
      '2 tapaamista (neuvonpito ja seurannat)',
      '4 työaikamerkintää',
      '6 kirjattua palautelomaketta',
      'sekä toimeksianto, yhteenveto, järjestelyt ja muistiinpanot.',
    ]);
    expect(dialog).toHaveTextContent('Word-asiakirjat ja kalenterikutsut jäävät sinne, minne ne tallennettiin');
    expect(dialog).toHaveTextContent('Ennen poistoa tehdyissä varmuuskopioissa tiedot säilyvät');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Poista pysyvästi' }));
    expect(await within(dialog).findByRole('alert', undefined)).toHaveTextContent('Tieto on muuttunut sillä välin');
    expect(apiCalls(call)).toContainEqual(['conference.delete', { id: conference.id, version: conference.version }]);
  });
});
