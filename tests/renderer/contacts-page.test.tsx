import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactEntry } from '../../electron/shared/preparation/contact.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { ContactsPage } from '../../renderer/src/features/contacts/ContactsPage';
import { makeContact, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const TODAY = '2027-01-20';

const childA = makePreparation().conference.children[0]!.id;
/** Everything done: contacted, prepared, replied, briefed. */
const aune = makeMember({
  name: 'Aune Äijälä',
  invite: 'invite',
  reply: 'coming',
  preparedDate: '2027-01-14',
  supportForChildIds: [childA],
  supportBriefedDate: '2027-01-15',
});
/** Invited, never contacted. */
const pekka = makeMember({ name: 'Pekka Lind', invite: 'invite' });
/** Written views only, contacted: nothing to do. */
const ljudmila = makeMember({ name: 'Людмила Соколова', invite: 'written_views' });
/** Invited, contacted, not prepared, replied maybe. */
const fatima = makeMember({ name: 'فاطمة الحسيني', invite: 'invite', reply: 'maybe' });
const outsider = makeMember({ name: 'Åsa Öhrnberg', invite: 'not_invited', notInvitedReason: 'Perhe ei halua.' });

function preparation(contacts: ContactEntry[]): Preparation {
  return makePreparation({ members: [aune, pekka, ljudmila, fatima, outsider], contacts });
}

async function renderPage(prep: Preparation) {
  renderInConference(<ContactsPage />, prep, TODAY);
  await screen.findByRole('heading', { name: 'Tapaamiset perheen kanssa' });
  return userEvent.setup();
}

describe('the contacts page', () => {
  beforeEach(() => answerApi(call));

  it('counts the meetings with the family, and a new one logged there', async () => {
    const contacts = [
      makeContact({ channel: 'meeting', date: '2027-01-13', discussed: 'Ensimmäinen tapaaminen.' }),
      makeContact({ channel: 'phone', discussed: 'Puhelu äidille.' }),
      makeContact({ channel: 'meeting', memberId: aune.id, discussed: 'Tapasin mummon.' }),
    ];
    const before = preparation(contacts);
    answerApi(call, (_method, input) => ({
      ok: true,
      value: { ...before, contacts: [makeContact({ ...(input as Partial<ContactEntry>), date: '2027-01-19' }), ...contacts] },
    }));
    const user = await renderPage(before);

    const meetings = screen.getByRole('region', { name: 'Tapaamiset perheen kanssa' });
    expect(meetings).toHaveTextContent('1/2');
    expect(meetings).toHaveTextContent('1 tapaaminen perheen kanssa pidetty. Suositus on vähintään 2.');
    // The family's log holds the family's entries only.
    const log = within(meetings).getByRole('list', { name: 'Yhteydenotot perheen kanssa' });
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(log).not.toHaveTextContent('Tapasin mummon.');

    await user.click(within(meetings).getByRole('button', { name: 'Lisää yhteydenotto' }));
    await user.type(within(meetings).getByLabelText('Mitä käsiteltiin'), 'Toinen tapaaminen: käytiin läpi yhteenveto.');
    await user.click(within(meetings).getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(meetings).toHaveTextContent('2/2'));
    expect(meetings).toHaveTextContent('2 tapaamista perheen kanssa pidetty.');
    const added = call.mock.calls.find(([method]) => method === 'contact.add');
    expect(added?.[1]).toMatchObject({ memberId: null, channel: 'meeting' });
  });

  it('lists the invitees needing action first, each linked to their page', async () => {
    const prep = preparation([
      makeContact({ memberId: aune.id, date: '2027-01-13' }),
      makeContact({ memberId: ljudmila.id, channel: 'letter', date: '2027-01-14' }),
      makeContact({ memberId: fatima.id, date: '2027-01-16', nextStep: 'Soita uudelleen', nextStepDate: '2027-01-22' }),
    ]);
    await renderPage(prep);

    const table = within(screen.getByRole('region', { name: 'Kutsuttavien valmistelu' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const names = rows.map((row) => within(row).getByRole('rowheader').querySelector('a')?.textContent);
    // Pekka and Fatima need action; Aune and Ljudmila are done; Åsa is not invited.
    expect(names).toEqual(['Pekka Lind', 'فاطمة الحسيني', 'Aune Äijälä', 'Людмила Соколова']);
    expect(within(rows[0]!).getByRole('link', { name: 'Pekka Lind' })).toHaveAttribute(
      'href',
      `#/conferences/${prep.conference.id}/network/${pekka.id}`,
    );
    expect(within(rows[0]!).getByRole('link', { name: 'Pekka Lind' })).toHaveAttribute('dir', 'auto');

    expect(rows[0]).toHaveTextContent('Ei yhteydenottoa');
    expect(rows[0]).toHaveTextContent('Ei valmisteltu');
    expect(rows[0]).toHaveTextContent('Ei vielä kysytty');
    expect(rows[1]).toHaveTextContent('16.1.2027');
    expect(rows[1]).toHaveTextContent('Soita uudelleen');
    expect(rows[1]).toHaveTextContent('22.1.2027');
    expect(rows[1]).toHaveTextContent('Ehkä');
    expect(rows[2]).toHaveTextContent('Kutsutaan');
    expect(rows[2]).toHaveTextContent('14.1.2027'); // prepared
    expect(rows[2]).toHaveTextContent('15.1.2027'); // support person briefed
    expect(rows[2]).toHaveTextContent('Tulossa');
    expect(rows[3]).toHaveTextContent('Vain kirjalliset näkemykset');
    expect(rows[3]).toHaveTextContent('Ei tarvita');
  });

  it('lists the current next steps, overdue ones first and marked', async () => {
    const prep = preparation([
      makeContact({ memberId: aune.id, date: '2027-01-13', nextStep: 'Vanha askel', nextStepDate: '2027-01-15' }),
      makeContact({ memberId: aune.id, date: '2027-01-18', nextStep: 'Lähetä kutsukirje', nextStepDate: '2027-01-28' }),
      makeContact({ memberId: fatima.id, date: '2027-01-16', nextStep: 'Varaa tulkki', nextStepDate: '2027-01-19' }),
      makeContact({ memberId: null, channel: 'meeting', date: '2027-01-17', nextStep: 'Toinen tapaaminen', nextStepDate: '2027-01-24' }),
    ]);
    await renderPage(prep);

    const upcoming = screen.getByRole('region', { name: 'Tulevat seuraavat askeleet' });
    expect(upcoming).toHaveTextContent('1 myöhässä');
    const items = within(upcoming).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.upcoming-step')?.textContent)).toEqual([
      'Varaa tulkki',
      'Toinen tapaaminen',
      'Lähetä kutsukirje',
    ]);
    expect(items[0]).toHaveTextContent('19.1.2027');
    expect(items[0]).toHaveTextContent('Myöhässä');
    expect(within(items[0]!).getByRole('link', { name: 'فاطمة الحسيني' })).toHaveAttribute(
      'href',
      `#/conferences/${prep.conference.id}/network/${fatima.id}`,
    );
    expect(items[1]).toHaveTextContent('Perhe');
    expect(items[1]).not.toHaveTextContent('Myöhässä');
    expect(items[2]).not.toHaveTextContent('Myöhässä');
    // A next step followed up by a newer contact is no longer open.
    expect(upcoming).not.toHaveTextContent('Vanha askel');
  });

  it('says so when nobody is invited yet', async () => {
    await renderPage(makePreparation({ members: [outsider] }));
    const invitees = screen.getByRole('region', { name: 'Kutsuttavien valmistelu' });
    expect(invitees).toHaveTextContent('Kutsuttavia ei ole vielä valittu.');
    expect(within(invitees).queryByRole('table')).toBeNull();
    expect(screen.getByRole('region', { name: 'Tapaamiset perheen kanssa' })).toHaveTextContent('0/2');
  });
});
