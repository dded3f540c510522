import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checklistEntryVersion, type ChecklistState, type Meeting } from '../../electron/shared/arrangements/meeting.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import type { Settings } from '../../electron/shared/settings/settings.schema';
import { ArrangementsPage } from '../../renderer/src/features/arrangements/ArrangementsPage';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { apiCalls, TEST_SETTINGS } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const TODAY = '2027-01-20';
const CUSTOM_ID = '99999999-9999-4999-8999-000000000001';

let settings: Settings;
let prep: Preparation;

/** The backend's checklist methods on the one meeting: each answers with the whole preparation. */
function withChecklist(change: (checklist: ChecklistState, input: Record<string, unknown>) => ChecklistState) {
  return (input: Record<string, unknown>) => {
    const meeting = prep.meetings[0]!;
    prep = { ...prep, meetings: [{ ...meeting, checklist: change(meeting.checklist, input) }] };
    return { ok: true, value: prep };
  };
}

const HANDLERS: Record<string, (input: Record<string, unknown>) => unknown> = {
  // As the backend: each tick and own item on its own version, un-ticking returns a default item to 1.
  'checklist.setDone': withChecklist((checklist, input) => {
    const key = input.key as string;
    const doneDate = (input.doneDate as string | null) ?? null;
    if (input.version !== checklistEntryVersion(checklist, key)) throw new Error(`stale version for ${key}`);
    const custom = checklist.custom.map((item) => (item.id === key ? { ...item, doneDate, version: item.version + 1 } : item));
    const done = { ...checklist.done };
    const doneVersions = { ...checklist.doneVersions };
    if (!custom.some((item) => item.id === key)) {
      if (doneDate) {
        done[key] = doneDate;
        doneVersions[key] = (doneVersions[key] ?? 1) + 1;
      } else {
        delete done[key];
        delete doneVersions[key];
      }
    }
    return { done, doneVersions, custom };
  }),
  'checklist.addItem': withChecklist((checklist, input) => ({
    ...checklist,
    custom: [...checklist.custom, { id: CUSTOM_ID, text: input.text as string, dueDate: (input.dueDate as string | null) ?? null, doneDate: null, version: 1 }],
  })),
  'checklist.removeItem': withChecklist((checklist, input) => ({
    ...checklist,
    custom: checklist.custom.filter((item) => item.id !== input.id),
  })),
};

function prepWith(meeting: Partial<Meeting>, interpreter = false): Preparation {
  return makePreparation({
    members: [
      makeMember({ name: 'Aune Äijälä', invite: 'invite', reply: 'coming' }),
      makeMember({
        name: 'Людмила Соколова',
        invite: 'invite',
        reply: 'coming',
        language: 'other',
        otherLanguage: 'venäjä',
        interpreterNeeded: interpreter,
      }),
    ],
    meetings: [makeMeeting(meeting)],
  });
}

async function renderChecklist(initial: Preparation) {
  prep = initial;
  call.mockImplementation(async (method: string, input: Record<string, unknown>) => {
    if (method === 'settings.get') return { ok: true, value: settings };
    const handler = HANDLERS[method];
    if (handler) return handler(input);
    throw new Error(`unexpected call ${method}`);
  });
  renderInConference(<ArrangementsPage />, initial, TODAY);
  const list = await screen.findByRole('list', { name: 'Tarkistuslista' });
  return { list, user: userEvent.setup() };
}

function item(list: HTMLElement, label: string): HTMLElement {
  const box = within(list).getByRole('checkbox', { name: label });
  return box.closest('li')!;
}

function labels(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent ?? '');
}

beforeEach(() => {
  call.mockReset();
  settings = structuredClone(TEST_SETTINGS);
});

describe('the checklist of practical arrangements', () => {
  it('lists the default items due relative to the meeting date, the interpreter only when someone needs one', async () => {
    const { list } = await renderChecklist(prepWith({ date: '2027-03-03' }));
    expect(labels(list)).toEqual([
      'Tila varattu',
      'Kutsut lähetetty',
      'Tarjoilut tilattu',
      'Yhteenveto ja kysymykset käyty läpi perheen kanssa',
      'Muistutuspuhelut soitettu',
      'Tarvikkeet valmiina',
    ]);
    expect(item(list, 'Tila varattu')).toHaveTextContent('4 viikkoa ennen · 3.2.2027');
    expect(item(list, 'Muistutuspuhelut soitettu')).toHaveTextContent('2 päivää ennen · 1.3.2027');
    expect(item(list, 'Tarvikkeet valmiina')).toHaveTextContent('tapaamispäivänä · 3.3.2027');
  });

  it('adds the interpreter item when a language needs one', async () => {
    const { list } = await renderChecklist(prepWith({ date: '2027-03-03' }, true));
    expect(item(list, 'Tulkki tilattu')).toHaveTextContent('2 viikkoa ennen · 17.2.2027');
  });

  it('says the date is missing while the meeting has none', async () => {
    const { list } = await renderChecklist(prepWith({ date: null }));
    expect(screen.getByText('Tapaamisen päivämäärä puuttuu, joten määräpäiviä ei voi vielä laskea.')).toBeInTheDocument();
    expect(item(list, 'Kutsut lähetetty')).toHaveTextContent('3 viikkoa ennen · päivämäärä puuttuu');
  });

  it('marks overdue items in words, not only in colour, and counts them', async () => {
    // The meeting is in three weeks and two days: the venue was due five days ago.
    const { list } = await renderChecklist(prepWith({ date: '2027-02-12', checklist: { done: { invitations: '2027-01-19' }, doneVersions: { invitations: 2 }, custom: [] } }));
    const venue = item(list, 'Tila varattu');
    expect(venue).toHaveTextContent('Myöhässä 5 päivää');
    expect(venue).toHaveClass('checklist-overdue');
    expect(item(list, 'Kutsut lähetetty')).toHaveTextContent('Tehty 19.1.2027');
    expect(item(list, 'Kutsut lähetetty')).not.toHaveTextContent('Myöhässä');
    expect(screen.getByText(/1\/6 tehty/)).toHaveTextContent('1/6 tehty · 1 myöhässä');
  });

  it('ticks an item with today’s date and unticks it again', async () => {
    const { list, user } = await renderChecklist(prepWith({ date: '2027-03-03' }));
    await user.click(within(list).getByRole('checkbox', { name: 'Tarvikkeet valmiina' }));
    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual(['checklist.setDone', { meetingId: prep.meetings[0]!.id, key: 'materials', version: 1, doneDate: TODAY }]);
    await waitFor(() => expect(within(list).getByRole('checkbox', { name: 'Tarvikkeet valmiina' })).toBeChecked());
    expect(item(list, 'Tarvikkeet valmiina')).toHaveTextContent('Tehty 20.1.2027');

    await user.click(within(list).getByRole('checkbox', { name: 'Tarvikkeet valmiina' }));
    await waitFor(() => expect(apiCalls(call)).toHaveLength(2));
    expect(apiCalls(call)[1]).toEqual(['checklist.setDone', { meetingId: prep.meetings[0]!.id, key: 'materials', version: 2, doneDate: null }]);
    await waitFor(() => expect(within(list).getByRole('checkbox', { name: 'Tarvikkeet valmiina' })).not.toBeChecked());
  });

  it('shows an item ticked by a recorded fact with its date and where it came from, linked, with no hand tick', async () => {
    const base = makeMeeting();
    const { list } = await renderChecklist(
      prepWith({
        date: '2027-03-03',
        venue: { ...base.venue, name: 'Perhekeskus Pihlaja', bookingStatus: 'booked' },
        venueBookedDate: '2027-01-18',
        refreshments: { ...base.refreshments, orderedDate: '2027-01-19', orderedHeadcount: 3 },
      }),
    );
    const venue = item(list, 'Tila varattu');
    expect(within(list).getByRole('checkbox', { name: 'Tila varattu' })).toBeChecked();
    expect(within(list).getByRole('checkbox', { name: 'Tila varattu' })).toBeDisabled();
    expect(venue).toHaveTextContent('Varattu 18.1.2027 – Järjestelyt');
    expect(within(venue).getByRole('link', { name: 'Järjestelyt' })).toHaveAttribute('href', expect.stringContaining('/arrangements'));
    // Ordered for 3; Aune, Людмила and the two staff are 4.
    expect(item(list, 'Tarjoilut tilattu')).toHaveTextContent('Tilattu 19.1.2027 – Järjestelyt');
    expect(item(list, 'Tarjoilut tilattu')).toHaveTextContent('Tilattu 3 hengelle, nyt tulossa 4');
    // Not yet sent: the letters log or a hand tick may tick it, and it says where.
    const invitations = item(list, 'Kutsut lähetetty');
    expect(within(list).getByRole('checkbox', { name: 'Kutsut lähetetty' })).toBeEnabled();
    expect(within(invitations).getByRole('link', { name: 'Asiakirjat' })).toHaveAttribute('href', expect.stringContaining('/documents'));
    // The summary's own date decides it: no box to tick, a link to the summary.
    expect(within(list).getByRole('checkbox', { name: /Yhteenveto/ })).toBeDisabled();
    expect(apiCalls(call)).toEqual([]);
  });

  it('adds the meeting’s own item with a due date, ticks it and removes it', async () => {
    const { list, user } = await renderChecklist(prepWith({ date: '2027-03-03' }));
    await user.click(screen.getByRole('button', { name: 'Lisää oma kohta' }));
    const form = screen.getByRole('form', { name: 'Uusi kohta' });
    await user.type(within(form).getByLabelText('Kohta'), 'Varaa pysäköintilupa mummolle');
    await user.type(within(form).getByLabelText(/^Määräpäivä/), '25.2.2027');
    await user.click(within(form).getByRole('button', { name: 'Lisää kohta' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual([
      'checklist.addItem',
      { meetingId: prep.meetings[0]!.id, text: 'Varaa pysäköintilupa mummolle', dueDate: '2027-02-25' },
    ]);
    const own = await waitFor(() => item(list, 'Varaa pysäköintilupa mummolle'));
    expect(own).toHaveTextContent('25.2.2027');
    expect(screen.queryByRole('form', { name: 'Uusi kohta' })).not.toBeInTheDocument();

    await user.click(within(list).getByRole('checkbox', { name: 'Varaa pysäköintilupa mummolle' }));
    await waitFor(() => expect(apiCalls(call)[1]).toEqual(['checklist.setDone', { meetingId: prep.meetings[0]!.id, key: CUSTOM_ID, version: 1, doneDate: TODAY }]));

    await user.click(within(own).getByRole('button', { name: 'Poista: Varaa pysäköintilupa mummolle' }));
    await waitFor(() => expect(apiCalls(call)[2]).toEqual(['checklist.removeItem', { meetingId: prep.meetings[0]!.id, id: CUSTOM_ID, version: 2 }]));
    await waitFor(() => expect(within(list).queryByRole('checkbox', { name: 'Varaa pysäköintilupa mummolle' })).not.toBeInTheDocument());
  });

  it('refuses an own item without text, in Finnish', async () => {
    await renderChecklist(prepWith({ date: '2027-03-03' }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lisää oma kohta' }));
    await user.click(screen.getByRole('button', { name: 'Lisää kohta' }));
    expect(await screen.findByText('Pakollinen tieto.')).toBeInTheDocument();
    expect(apiCalls(call)).toHaveLength(0);
  });

  it('uses the default checklist from the settings, with the convener’s own items', async () => {
    settings = {
      ...settings,
      checklist: [
        { key: 'venue', text: '', daysBefore: 35 },
        { key: 'aaaaaaaa-aaaa-4aaa-8aaa-000000000001', text: 'Tulosta nimilaput', daysBefore: 1 },
      ],
    };
    const { list } = await renderChecklist(prepWith({ date: '2027-03-03' }));
    expect(labels(list)).toEqual(['Tila varattu', 'Tulosta nimilaput']);
    expect(item(list, 'Tila varattu')).toHaveTextContent('5 viikkoa ennen · 27.1.2027');
    expect(item(list, 'Tulosta nimilaput')).toHaveTextContent('1 päivä ennen · 2.3.2027');
  });
});
