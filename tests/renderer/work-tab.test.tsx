import { fiDate } from '../helpers/finnish-dates';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import type { CostEntry, WorkEntry } from '../../electron/shared/work/work.schema';
import { WorkPage } from '../../renderer/src/features/work/WorkPage';
import { makeContact, makeMeeting, makePreparation } from '../fixtures/preparation';
import { interpreterLine } from '../fixtures/record-updates';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call, exportDocument } = vi.hoisted(() => ({ call: vi.fn(), exportDocument: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call, exportDocument }, isNetworkError: () => false }));

const TODAY = '2027-01-20';

function workEntry(overrides: Partial<WorkEntry>): WorkEntry {
  return { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbb01', conferenceId: '', date: TODAY, minutes: 60, activity: 'preparation', version: 1, createdAt: '2027-01-20T08:00:00Z', ...overrides };
}

function fieldError(label: RegExp | string): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

async function renderTab(prep: Preparation) {
  const rendered = renderInConference(<WorkPage />, prep, TODAY);
  await waitFor(() => expect(rendered.container.querySelector('.work-page')).not.toBeNull());
  return { ...rendered, user: userEvent.setup() };
}

describe('the working time and costs tab', () => {
  beforeEach(() => answerApi(call));

  it('saves a quick entry typed as "1 h 30 min" on Enter, dated today, and keeps the row open for the next', async () => {
    const base = makePreparation();
    answerApi(call, (_method, input) => ({
      ok: true,
      value: { ...base, work: [workEntry({ conferenceId: base.conference.id, date: input.date as string, minutes: 90, activity: input.activity as WorkEntry['activity'] })] },
    }));
    const { user } = await renderTab(base);
    const quick = screen.getByRole('form', { name: 'Uusi työaikakirjaus' });
    expect(within(quick).getByLabelText('Päivämäärä')).toHaveValue(fiDate(TODAY));
    await user.selectOptions(within(quick).getByLabelText('Työvaihe'), 'Asiakirjat');
    await user.type(within(quick).getByLabelText(/^Kesto/), '1 h 30 min{Enter}');

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual(['work.add', { conferenceId: base.conference.id, date: TODAY, minutes: 90, activity: 'documents' }]);
    // The log shows it; the quick entry is empty again, on the same day and activity.
    const log = await screen.findByRole('table', { name: 'Työaikakirjaukset' });
    expect(log).toHaveTextContent('20.1.2027');
    expect(log).toHaveTextContent('1 h 30 min');
    expect(within(quick).getByLabelText(/^Kesto/)).toHaveValue('');
    expect(within(quick).getByLabelText('Työvaihe')).toHaveValue('documents');
    expect(screen.getByRole('table', { name: 'Työaika yhteensä' })).toHaveTextContent('1,5 h');
  });

  it('says in Finnish what is wrong with a duration that is none, and sends nothing', async () => {
    const { user } = await renderTab(makePreparation());
    const quick = screen.getByRole('form', { name: 'Uusi työaikakirjaus' });
    await user.type(within(quick).getByLabelText(/^Kesto/), 'puolitoista{Enter}');
    await waitFor(() => expect(fieldError(/^Kesto/)).toBe('Anna kesto, esim. 45 min, 1 h 30 min tai 1,5 h.'));
    expect(apiCalls(call)).toEqual([]);
  });

  it("shows a contact's length as preparation, edited in the contact, and totals per activity in hours", async () => {
    const prep = makePreparation({
      contacts: [makeContact({ date: '2027-01-14', durationMinutes: 45 })],
      work: [workEntry({ date: '2027-01-15', minutes: 90, activity: 'preparation' }), workEntry({ id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbb02', date: '2027-01-16', minutes: 30, activity: 'travel' })],
    });
    await renderTab(prep);
    const rows = within(screen.getByRole('table', { name: 'Työaikakirjaukset' })).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('14.1.2027');
    expect(rows[0]).toHaveTextContent('Yhteydenotosta');
    expect(within(rows[0]!).queryByRole('button', { name: /Poista/ })).toBeNull();
    expect(within(rows[0]!).getByRole('link', { name: 'Muokkaa yhteydenotoissa' })).toHaveAttribute('href', expect.stringContaining('/contacts'));
    expect(within(rows[1]!).getByRole('button', { name: 'Muokkaa työaikaa 15.1.2027' })).toBeInTheDocument();
    const totals = screen.getByRole('table', { name: 'Työaika yhteensä' });
    expect(within(totals).getByRole('row', { name: /Valmistelu/ })).toHaveTextContent('2,25 h');
    expect(within(totals).getByRole('row', { name: /Matkat/ })).toHaveTextContent('0,5 h');
    expect(within(totals).getByRole('row', { name: /Yhteensä/ })).toHaveTextContent('2,75 h');
  });

  it("adds up each meeting's costs from its arrangements, asks the arrangements for a missing price, and adds a travel cost", async () => {
    const meeting = makeMeeting({
      date: '2027-02-24',
      venue: { ...makeMeeting().venue, name: 'Perhekeskus', cost: 12000 },
      interpreters: [interpreterLine({ language: 'somali' })],
    });
    const base = makePreparation({ meetings: [meeting] });
    answerApi(call, (_method, input) => {
      const cost: CostEntry = { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccc01', conferenceId: base.conference.id, date: input.date as string, kind: 'travel', what: input.what as string, amount: 1536, meetingId: input.meetingId as string | null, version: 1, createdAt: '2027-01-20T08:00:00Z' };
      return { ok: true, value: { ...base, costs: [cost] } };
    });
    const { user } = await renderTab(base);
    const meetingTable = screen.getByRole('table', { name: 'Neuvonpito 24.2.2027' });
    expect(meetingTable).toHaveTextContent('Tila');
    expect(meetingTable).toHaveTextContent('120,00 €');
    expect(screen.getByText(/Puuttuu: tulkin hinta\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kirjaa järjestelyihin' })).toHaveAttribute('href', expect.stringContaining('/arrangements'));

    await user.click(screen.getByRole('button', { name: 'Lisää kulu' }));
    const form = screen.getByRole('form', { name: 'Uusi matka- tai muu kulu' });
    await user.type(within(form).getByLabelText(/^Mikä/), 'Matka 32 km');
    await user.type(within(form).getByLabelText('Summa (€)'), '15,36');
    await user.selectOptions(within(form).getByLabelText('Kokous'), meeting.id);
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual([
      'cost.add',
      { conferenceId: base.conference.id, date: TODAY, kind: 'travel', what: 'Matka 32 km', amount: 1536, meetingId: meeting.id },
    ]);
    await waitFor(() => expect(screen.getByRole('table', { name: 'Neuvonpito 24.2.2027' })).toHaveTextContent('135,36 €'));
    expect(screen.getByText('Kulut yhteensä:').parentElement).toHaveTextContent('135,36 €');
  });
});
