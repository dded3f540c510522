import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactEntry } from '../../electron/shared/preparation/contact.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { ContactLog } from '../../renderer/src/features/contacts/ContactLog';
import { makeConference, makeContact, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const TODAY = '2027-01-20';

const aune = makeMember({ name: 'Aune Äijälä', invite: 'invite' });
const pekka = makeMember({ name: 'Pekka Lind', invite: 'invite' });

function fieldError(label: RegExp | string): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

async function renderLog(prep: Preparation, memberId: string | null) {
  const rendered = renderInConference(<ContactLog memberId={memberId} />, prep, TODAY);
  // The log appears once the saved language has been read.
  await waitFor(() => expect(rendered.container.querySelector('.contact-log')).not.toBeNull());
  return { ...rendered, user: userEvent.setup() };
}

describe('the contact log', () => {
  beforeEach(() => answerApi(call));

  it("lists only this member's entries, newest first, with channel, discussion and next step", async () => {
    const prep = makePreparation({
      members: [aune, pekka],
      contacts: [
        makeContact({ memberId: aune.id, date: '2027-01-12', discussed: 'Ensimmäinen puhelu.' }),
        makeContact({ memberId: pekka.id, date: '2027-01-15', discussed: 'Pekan asia.' }),
        makeContact({
          memberId: aune.id,
          date: '2027-01-16',
          channel: 'meeting',
          discussed: 'Tapasimme kotona.',
          nextStep: 'Lähetä kutsukirje',
          nextStepDate: '2027-01-25',
        }),
      ],
    });
    await renderLog(prep, aune.id);
    const entries = within(screen.getByRole('list', { name: 'Yhteydenotot' })).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('16.1.2027');
    expect(entries[0]).toHaveTextContent('Tapaaminen');
    expect(entries[0]).toHaveTextContent('Tapasimme kotona.');
    expect(entries[0]).toHaveTextContent('Seuraava askel: Lähetä kutsukirje · 25.1.2027');
    expect(entries[1]).toHaveTextContent('12.1.2027');
    expect(entries[1]).toHaveTextContent('Puhelu');
    expect(screen.queryByText('Pekan asia.')).toBeNull();
  });

  it('adds an entry with the member and the values, dated today by default', async () => {
    const base = makePreparation({ members: [aune] });
    answerApi(call, (method, input) => ({
      ok: true,
      // The stored entry gets a fresh id from the fixture, as the backend would give it.
      value: { ...base, contacts: [makeContact(input as Partial<ContactEntry>)] },
    }));
    const { user } = await renderLog(base, aune.id);

    await user.click(screen.getByRole('button', { name: 'Lisää yhteydenotto' }));
    expect(screen.getByLabelText('Päivämäärä')).toHaveValue('20.1.2027');
    await user.selectOptions(screen.getByLabelText('Yhteydenottotapa'), 'Tekstiviesti');
    await user.type(screen.getByLabelText('Mitä käsiteltiin'), '  Kerroin neuvonpidosta, Aune lupasi tulla.  ');
    await user.type(screen.getByLabelText(/^Seuraava askel/), 'Soita uudelleen');
    await user.type(screen.getByLabelText(/^Seuraavan askeleen päivämäärä/), '27.1.2027');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual([
      'contact.add',
      {
        conferenceId: base.conference.id,
        memberId: aune.id,
        date: TODAY,
        channel: 'text_message',
        discussed: 'Kerroin neuvonpidosta, Aune lupasi tulla.',
        nextStep: 'Soita uudelleen',
        nextStepDate: '2027-01-27',
        durationMinutes: null,
      },
    ]);
    // The form closes and the saved entry shows.
    await waitFor(() => expect(screen.queryByLabelText('Mitä käsiteltiin')).toBeNull());
    expect(screen.getByRole('list', { name: 'Yhteydenotot' })).toHaveTextContent('Kerroin neuvonpidosta, Aune lupasi tulla.');
    expect(screen.getByRole('status')).toHaveTextContent('Yhteydenotto lisätty.');
  });

  it('takes how long the contact took as written, in minutes, and refuses a length that is none', async () => {
    const base = makePreparation({ members: [aune] });
    answerApi(call, (_method, input) => ({ ok: true, value: { ...base, contacts: [makeContact(input as Partial<ContactEntry>)] } }));
    const { user } = await renderLog(base, aune.id);
    await user.click(screen.getByRole('button', { name: 'Lisää yhteydenotto' }));
    await user.type(screen.getByLabelText('Mitä käsiteltiin'), 'Kävimme kutsun läpi.');
    await user.type(screen.getByLabelText(/^Kesto/), 'pitkä');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(fieldError(/^Kesto/)).toBe('Anna kesto, esim. 45 min, 1 h 30 min tai 1,5 h.'));
    expect(apiCalls(call)).toEqual([]);

    await user.clear(screen.getByLabelText(/^Kesto/));
    await user.type(screen.getByLabelText(/^Kesto/), '1 h 15 min');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]?.[1]).toMatchObject({ discussed: 'Kävimme kutsun läpi.', durationMinutes: 75 });
    expect(await screen.findByText('Kesto 1 h 15 min')).toBeInTheDocument();
  });

  it('refuses an empty "what was discussed" with a Finnish message and sends nothing', async () => {
    const { user } = await renderLog(makePreparation({ members: [aune] }), aune.id);
    await user.click(screen.getByRole('button', { name: 'Lisää yhteydenotto' }));
    await user.type(screen.getByLabelText('Mitä käsiteltiin'), '   ');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(fieldError('Mitä käsiteltiin')).toBe('Pakollinen tieto.'));
    expect(screen.getByLabelText('Mitä käsiteltiin')).toHaveAttribute('aria-invalid', 'true');
    expect(apiCalls(call)).toEqual([]);
  });

  it('logs contacts with the family under no member, as meetings by default', async () => {
    const base = makePreparation();
    answerApi(call, () => ({ ok: true, value: base }));
    const { user } = await renderLog(base, null);
    await user.click(screen.getByRole('button', { name: 'Lisää yhteydenotto' }));
    expect(screen.getByLabelText('Yhteydenottotapa')).toHaveValue('meeting');
    await user.type(screen.getByLabelText('Mitä käsiteltiin'), 'Toinen tapaaminen perheen kanssa.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]?.[1]).toMatchObject({ memberId: null, channel: 'meeting', nextStepDate: null });
  });

  it('edits an entry with its version', async () => {
    const entry = makeContact({ memberId: aune.id, discussed: 'Vanha teksti.', version: 3 });
    const base = makePreparation({ members: [aune], contacts: [entry] });
    answerApi(call, (_method, input) => ({ ok: true, value: { ...base, contacts: [{ ...entry, ...input, version: 4 }] } }));
    const { user } = await renderLog(base, aune.id);

    await user.click(screen.getByRole('button', { name: 'Muokkaa yhteydenottoa 12.1.2027' }));
    const discussed = screen.getByLabelText('Mitä käsiteltiin');
    expect(discussed).toHaveValue('Vanha teksti.');
    await user.clear(discussed);
    await user.type(discussed, 'Людмила soitti takaisin.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual([
      'contact.update',
      {
        id: entry.id,
        version: 3,
        memberId: aune.id,
        date: '2027-01-12',
        channel: 'phone',
        discussed: 'Людмила soitti takaisin.',
        nextStep: '',
        nextStepDate: null,
        durationMinutes: null,
      },
    ]);
    expect(await screen.findByText('Людмила soitti takaisin.')).toBeInTheDocument();
  });

  it('asks before removing, and removes only when confirmed', async () => {
    const entry = makeContact({ memberId: aune.id, date: '2027-01-14', channel: 'email', discussed: 'Lähetin tietoa.', version: 2 });
    const base = makePreparation({ members: [aune], contacts: [entry] });
    answerApi(call, () => ({ ok: true, value: { ...base, contacts: [] } }));
    const { user } = await renderLog(base, aune.id);

    await user.click(screen.getByRole('button', { name: 'Poista yhteydenotto 14.1.2027' }));
    const dialog = screen.getByRole('dialog', { name: 'Poistetaanko yhteydenotto?' });
    expect(dialog).toHaveTextContent('14.1.2027, Sähköposti: "Lähetin tietoa."');
    await user.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    expect(apiCalls(call)).toEqual([]);
    expect(screen.getByText('Lähetin tietoa.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Poista yhteydenotto 14.1.2027' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Poista yhteydenotto' }));
    await waitFor(() => expect(apiCalls(call)).toEqual([['contact.remove', { id: entry.id, version: 2 }]]));
    expect(await screen.findByText('Ei vielä kirjattuja yhteydenottoja.')).toBeInTheDocument();
  });

  it("marks only the newest entry's passed next step as overdue", async () => {
    const prep = makePreparation({
      members: [aune],
      contacts: [
        makeContact({ memberId: aune.id, date: '2027-01-12', nextStep: 'Soita', nextStepDate: '2027-01-14' }),
        makeContact({ memberId: aune.id, date: '2027-01-15', nextStep: 'Lähetä kirje', nextStepDate: '2027-01-18' }),
      ],
    });
    await renderLog(prep, aune.id);
    const [newest, older] = within(screen.getByRole('list', { name: 'Yhteydenotot' })).getAllByRole('listitem');
    expect(newest).toHaveTextContent('Myöhässä');
    expect(older).not.toHaveTextContent('Myöhässä');
  });

  it('shows a closed conference read-only', async () => {
    const prep = makePreparation({
      conference: makeConference({ closure: { reason: 'plan_made', text: '', closedAt: '2027-03-01T10:00:00.000Z' } }),
      members: [aune],
      contacts: [makeContact({ memberId: aune.id })],
    });
    await renderLog(prep, aune.id);
    expect(screen.getByText('Kerroin neuvonpidosta.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lisää yhteydenotto' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Muokkaa|Poista/ })).toBeNull();
  });
});
