import { screen, waitFor, within } from '@testing-library/react';
import { isolate } from '../../electron/shared/i18n/isolate';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import type { Settings } from '../../electron/shared/settings/settings.schema';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import { ArrangementsGlance } from '../../renderer/src/features/arrangements/ArrangementsGlance';
import { ArrangementsPage } from '../../renderer/src/features/arrangements/ArrangementsPage';
import { DocumentsPage } from '../../renderer/src/features/documents/DocumentsPage';
import { usePreparation } from '../../renderer/src/features/preparation/PreparationContext';
import { makeConference, makeFollowUp, makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { apiCalls, TEST_SETTINGS } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const TODAY = '2027-01-20';

const SETTINGS: Settings = {
  ...TEST_SETTINGS,
  venues: [
    {
      id: '88888888-8888-4888-8888-000000000001',
      name: 'Perhekeskus Koivikko',
      address: 'Koivikontie 5, 00940 Helsinki',
      mainRoom: 'Sali 2',
      privateRoom: 'Neuvotteluhuone Kuusi',
      capacity: 16,
      accessibility: 'Hissi ja esteetön WC.',
      parking: 'Pysäköinti pihalla, bussi 79.',
    },
  ],
};

/*
 * Twelve in the room: nine invitees coming in person, Äijö present, the social worker
 * and the convener. Людмила takes part remotely in Russian; فاطمة may come.
 */
function family() {
  const coming = (name: string, extra: Partial<NetworkMember> = {}) =>
    makeMember({ name, invite: 'invite', reply: 'coming', ...extra });
  const members = {
    maija: coming('Maija Äijälä', { diet: 'laktoositon' }),
    jari: coming('Jari Äijälä', { diet: 'Laktoositon' }),
    aune: coming('Aune Äijälä', { accessibility: 'Kulkee rollaattorilla.' }),
    ville: coming('Ville Ystävä', { diet: 'gluteeniton' }),
    cawo: coming('Cawo Maxamed Xuseen'),
    kaisa: coming('Kaisa Kuraattori', { sector: 'professionals' }),
    tero: coming('Tero Terapeutti', { sector: 'professionals' }),
    outi: coming('Outi Äijälä'),
    matti: coming('Matti Mäkelä'),
    ludmila: makeMember({
      name: 'Людмила Соколова',
      invite: 'invite',
      reply: 'remote',
      language: 'other',
      otherLanguage: 'venäjä',
      interpreterNeeded: true,
    }),
    fatima: makeMember({ name: 'فاطمة الحسيني', invite: 'invite', reply: 'maybe', diet: 'halal', language: 'sv' }),
    sirkka: makeMember({ name: 'Sirkka Serkku', invite: 'invite', reply: 'not_coming', diet: 'vegaani' }),
    asa: makeMember({ name: 'Åsa Öhrnberg', invite: 'written_views', language: 'en' }),
  };
  return members;
}

function prepWith(meeting: Partial<Meeting> = {}, members: NetworkMember[] = Object.values(family())): Preparation {
  const base = makePreparation();
  const [aijo, sanni] = base.conference.children;
  return makePreparation({
    members,
    children: [
      { childId: aijo!.id, participation: 'present', note: '', version: 2 },
      { childId: sanni!.id, participation: 'drawing', note: '', version: 2 },
    ],
    meetings: [makeMeeting(meeting)],
  });
}

/** Answers like the backend: a meeting update returns the preparation with the saved meeting. */
function answer(prep: () => Preparation, extra: Record<string, (input: Record<string, unknown>) => Preparation> = {}) {
  call.mockReset();
  call.mockImplementation(async (method: string, input: Record<string, unknown>) => {
    if (method === 'settings.get') return { ok: true, value: SETTINGS };
    if (method === 'meeting.update') {
      const current = prep();
      const { id, version: _version, ...fields } = input;
      const meetings = current.meetings.map((m) => (m.id === id ? { ...m, ...fields, version: m.version + 1 } : m));
      return { ok: true, value: { ...current, meetings } };
    }
    const handler = extra[method];
    if (handler) return { ok: true, value: handler(input) };
    throw new Error(`unexpected call ${method}`);
  });
}

async function renderPage(prep: Preparation, extraUi: React.ReactNode = null) {
  const view = renderInConference(
    <>
      <ArrangementsPage />
      {extraUi}
    </>,
    prep,
    TODAY,
  );
  await screen.findByRole('form', { name: 'Käytännön järjestelyt' });
  // The checklist appears once the settings have been read.
  await screen.findByRole('list', { name: 'Tarkistuslista' });
  return { ...view, user: userEvent.setup() };
}

function updateCalls() {
  return apiCalls(call).filter(([method]) => method === 'meeting.update');
}

function flags(): string[] {
  const panel = screen.getByRole('region', { name: 'Tarkista' });
  return within(panel)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent ?? '');
}

function needs(): HTMLElement {
  return screen.getByRole('region', { name: 'Osallistujat ja tarpeet' });
}

/** What a row of the needs says; a list's items are joined with " | ". */
function needRow(label: string): string {
  const term = within(needs()).getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling as HTMLElement;
  const items = value.querySelectorAll('li');
  const texts = items.length > 0 ? Array.from(items, (item) => item.textContent ?? '') : [value.textContent ?? ''];
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).join(' | ');
}

beforeEach(() => {
  call.mockReset();
  // The meeting chosen is kept for the session; each test starts without a choice.
  sessionStorage.clear();
});

describe('the arrangements tab', () => {
  it('says in calm sentences what no longer fits: the interpreter, the refreshments and the duration', async () => {
    const prep = prepWith({
      date: '2027-02-24',
      startTime: '10:00',
      endTime: '12:30',
      refreshments: { ...makeMeeting().refreshments, orderedDate: '2027-01-18', orderedHeadcount: 10 },
      venue: { ...makeMeeting().venue, capacity: 11 },
      interpreters: [
        { language: 'en', provider: 'Tulkkipalvelu Lingua', bookedDate: null, confirmed: false, mode: 'on_site', cost: null },
      ],
    });
    answer(() => prep);
    await renderPage(prep);

    // Twelve from the replies, and the English interpreter booked on site while the line stands.
    expect(flags()).toEqual([
      'Kesto 2 t 30 min — neuvonpito kestää yleensä 3–6 tuntia.',
      'Tilaan mahtuu 11 henkeä, paikalle on tulossa 13.',
      'Tarjoilut tilattiin 10 hengelle, nyt tulossa 13.',
      'Tulkki tarvitaan: venäjä (Людмила Соколова).',
      'Tulkkia ei enää tarvita: englanti. Kukaan tulossa olevista ei tarvitse sitä — peru tilaus tarvittaessa.',
      'Etäyhteyden linkki puuttuu (etänä: Людмила Соколова).',
    ]);
    // The duration outside 3–6 hours is marked by the field too.
    expect(screen.getByText('2 t 30 min')).toHaveClass('badge-warning');
    expect(screen.getByText(/keskiviikko 24\.2\.2027 klo 10\.00–12\.30/)).toBeInTheDocument();
  });

  it('has nothing to check when the arrangements fit', async () => {
    const members = Object.values(family()).filter((m) => m.reply !== 'remote');
    const prep = prepWith({ date: '2027-02-24', startTime: '09:00', endTime: '14:30' }, members);
    answer(() => prep);
    await renderPage(prep);
    expect(flags()).toEqual([]);
    expect(screen.getByRole('region', { name: 'Tarkista' })).toHaveTextContent('Ei tarkistettavaa.');
    expect(screen.getByText('5 t 30 min')).not.toHaveClass('badge-warning');
  });

  it('counts the people in the room with the parts, and lists diets, accessibility and interpreters with names', async () => {
    const prep = prepWith();
    answer(() => prep);
    await renderPage(prep);

    expect(within(needs()).getByText('12 henkeä')).toBeInTheDocument();
    const parts = within(within(needs()).getByRole('list', { name: 'Mistä henkimäärä koostuu' })).getAllByRole('listitem');
    expect(parts.map((part) => part.textContent)).toEqual([
      '9 kutsuttua tulossa paikan päälle',
      '1 lapsi paikalla (Äijö)',
      'sosiaalityöntekijä',
      'koollekutsuja',
    ]);
    expect(needRow('Etänä (1)')).toBe('Людмила Соколова');
    expect(needRow('Ehkä (1)')).toMatch(/^فاطمة الحسيني Ei mukana henkimäärässä/);
    // Diets of those coming and maybe, grouped however they were written; not of Sirkka, who is not coming.
    expect(needRow('Ruokavaliot')).toBe(`laktoositon (2): Maija Äijälä, Jari Äijälä | gluteeniton (1): Ville Ystävä | halal (1): ${isolate('فاطمة الحسيني')}`);
    expect(needRow('Esteettömyys')).toBe('Aune Äijälä: Kulkee rollaattorilla.');
    expect(needRow('Tulkkaus')).toBe('venäjä: Людмила Соколова');
  });

  it('follows the replies: when a reply changes elsewhere, the headcount, diets and interpreters change here', async () => {
    const people = family();
    let prep = prepWith();
    const changed = prepWith(
      {},
      Object.values({
        ...people,
        ville: { ...people.ville, reply: 'not_coming' as const },
        fatima: { ...people.fatima, reply: 'coming' as const, language: 'other' as const, otherLanguage: 'arabia', interpreterNeeded: true },
      }),
    );
    answer(() => prep, {
      'network.updateMember': () => {
        prep = changed;
        return changed;
      },
    });
    function ChangeReplies() {
      const { change } = usePreparation();
      return (
        <button type="button" onClick={() => void change('network.updateMember', { ...people.ville, reply: 'not_coming' })}>
          Vastaus muuttuu
        </button>
      );
    }
    const { user } = await renderPage(prep, <ChangeReplies />);
    expect(within(needs()).getByText('12 henkeä')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vastaus muuttuu' }));

    await waitFor(() => expect(within(needs()).getByText('12 henkeä')).toBeInTheDocument());
    // Ville left (−1), فاطمة now comes in person (+1); the parts show it.
    expect(within(needs()).getByText('9 kutsuttua tulossa paikan päälle')).toBeInTheDocument();
    expect(needRow('Ruokavaliot')).not.toContain('gluteeniton');
    expect(needRow('Ruokavaliot')).toContain(`halal (1): ${isolate('فاطمة الحسيني')}`);
    expect(needRow('Tulkkaus')).toBe(`arabia: ${isolate('فاطمة الحسيني')} | venäjä: Людмила Соколова`);
    expect(screen.queryByText(/^Ehkä/, { selector: 'dt' })).not.toBeInTheDocument();
    expect(flags()).toContain(`Tulkki tarvitaan: arabia (${isolate('فاطمة الحسيني')}).`);
    expect(screen.getByRole('button', { name: 'Lisää tulkkirivi: arabia' })).toBeInTheDocument();
  });

  it('fills in "ordered today" for the current headcount in one click, and the flag clears', async () => {
    const prep = prepWith({
      date: '2027-02-24',
      startTime: '09:00',
      endTime: '14:00',
      refreshments: { ...makeMeeting().refreshments, orderedDate: '2027-01-10', orderedHeadcount: 10 },
    });
    answer(() => prep);
    const { user } = await renderPage(prep);
    expect(flags()).toContain('Tarjoilut tilattiin 10 hengelle, nyt tulossa 12.');

    await user.click(screen.getByRole('button', { name: 'Tilattu tänään 12 hengelle' }));
    expect(screen.getByLabelText(/^Tilattu henkimäärälle/)).toHaveValue(12);
    expect(screen.getByLabelText(/^Tilattu \(valinnainen\)$/)).toHaveValue('20.1.2027');
    expect(flags().some((flag) => flag.startsWith('Tarjoilut'))).toBe(false);

    await user.type(screen.getByLabelText(/^Mitä tarjotaan/), 'Aamukahvi ja lounas');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]?.[1]).toMatchObject({
      id: prep.meetings[0]!.id,
      version: 1,
      refreshments: { what: 'Aamukahvi ja lounas', orderedDate: TODAY, orderedHeadcount: 12 },
    });
    await screen.findByText('Muutokset tallennettu.');
  });

  it('adds an interpreter line for a needed language and removes one nobody needs any more', async () => {
    const prep = prepWith({
      interpreters: [
        { language: 'en', provider: 'Tulkkipalvelu Lingua', bookedDate: '2027-01-12', confirmed: true, mode: 'remote', cost: 9000 },
      ],
    });
    answer(() => prep);
    const { user } = await renderPage(prep);
    const section = screen.getByRole('region', { name: 'Tulkit' });

    // English is no longer needed: flagged, with a button to remove it.
    const english = within(section).getByRole('group', { name: 'englanti' });
    expect(english).toHaveTextContent('Kukaan tulossa olevista ei enää tarvitse tätä kieltä.');
    // Russian is needed and has no line yet.
    expect(section).toHaveTextContent('Людмила Соколова · tulkkia ei ole vielä merkitty');

    await user.click(within(section).getByRole('button', { name: 'Lisää tulkkirivi: venäjä' }));
    const russian = within(section).getByRole('group', { name: 'venäjä' });
    expect(russian).toHaveTextContent('Людмила Соколова');
    await user.type(within(russian).getByLabelText(/^Tulkkauspalvelu tai tulkki/), 'Tulkkikeskus Kieli');
    await user.selectOptions(within(russian).getByLabelText('Tulkkaus'), 'Etänä');
    await user.click(within(russian).getByLabelText('Tilaus vahvistettu'));
    await user.click(within(english).getByRole('button', { name: 'Poista tulkkirivi: englanti' }));
    expect(within(section).queryByRole('group', { name: 'englanti' })).not.toBeInTheDocument();
    expect(flags().some((flag) => flag.includes('venäjä') || flag.includes('englanti'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect((updateCalls()[0]?.[1] as { interpreters: unknown }).interpreters).toEqual([
      { language: 'venäjä', provider: 'Tulkkikeskus Kieli', bookedDate: null, confirmed: true, mode: 'remote', cost: null },
    ]);
  });

  it('fills the venue from a saved place and says a neutral place is preferred', async () => {
    const prep = prepWith();
    answer(() => prep);
    const { user } = await renderPage(prep);
    const venue = screen.getByRole('region', { name: 'Tila' });
    expect(venue).toHaveTextContent('Suosi neutraalia paikkaa');

    await user.selectOptions(within(venue).getByLabelText('Täytä tallennetusta paikasta'), 'Perhekeskus Koivikko');
    expect(within(venue).getByLabelText(/^Paikan nimi/)).toHaveValue('Perhekeskus Koivikko');
    expect(within(venue).getByLabelText(/^Erillinen huone/)).toHaveValue('Neuvotteluhuone Kuusi');
    expect(within(venue).getByLabelText(/^Tilaan mahtuu/)).toHaveValue(16);
    await user.selectOptions(within(venue).getByLabelText('Varaus'), 'Varattu');

    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect((updateCalls()[0]?.[1] as { venue: unknown }).venue).toEqual({
      name: 'Perhekeskus Koivikko',
      address: 'Koivikontie 5, 00940 Helsinki',
      // A saved venue is written in one language: it fills the conference's (Finnish).
      mainRoom: { fi: 'Sali 2', sv: '', en: '' },
      privateRoom: 'Neuvotteluhuone Kuusi',
      capacity: 16,
      accessibility: { fi: 'Hissi ja esteetön WC.', sv: '', en: '' },
      parking: { fi: 'Pysäköinti pihalla, bussi 79.', sv: '', en: '' },
      bookingContact: '',
      bookingStatus: 'booked',
      cost: null,
    });
  });

  it('counts an interpreter on site and the childcare worker in the headcount as they are typed', async () => {
    const prep = prepWith({ date: '2027-02-24' });
    answer(() => prep);
    const { user } = await renderPage(prep);
    const people = screen.getByRole('region', { name: 'Osallistujat ja tarpeet' });
    const before = within(people).getByText(/^\d+ henkeä$/).textContent;
    await user.click(screen.getByLabelText(/^Lastenhoito tarvitaan/));
    const count = (text: string | null) => Number(text?.split(' ')[0]);
    await waitFor(() => expect(count(within(people).getByText(/^\d+ henkeä$/).textContent)).toBe(count(before) + 1));
    expect(within(people).getByRole('list', { name: 'Mistä henkimäärä koostuu' })).toHaveTextContent('lastenhoitaja');
  });

  it('asks for the room, accessibility and parking in each language the invitations go out in', async () => {
    const prep = prepWith();
    answer(() => prep);
    const { user } = await renderPage(prep);
    const venue = screen.getByRole('region', { name: 'Tila' });
    // Finnish for most and the conference's own papers, Swedish for فاطمة; Åsa's request for views carries no venue.
    const rooms = within(venue).getAllByLabelText(/^Yhteinen huone/);
    expect(rooms.map((field) => field.getAttribute('lang'))).toEqual(['fi', 'sv']);
    expect(within(venue).getByLabelText(/^Pysäköinti ja kulkuyhteydet \(ruotsi\)/)).toHaveAttribute('lang', 'sv');

    await user.type(within(venue).getByLabelText(/^Yhteinen huone \(suomi\)/), 'Sali 2');
    await user.type(within(venue).getByLabelText(/^Yhteinen huone \(ruotsi\)/), 'Sal 2');
    await user.type(within(venue).getByLabelText(/^Pysäköinti ja kulkuyhteydet \(ruotsi\)/), 'Buss 79 till dörren.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect((updateCalls()[0]?.[1] as { venue: unknown }).venue).toMatchObject({
      mainRoom: { fi: 'Sali 2', sv: 'Sal 2', en: '' },
      parking: { fi: '', sv: 'Buss 79 till dörren.', en: '' },
    });
  });

  it('asks for the purpose in each letter language the invitees need, never the confidential details', async () => {
    const prep = prepWith();
    answer(() => prep);
    await renderPage(prep);
    const invitation = screen.getByRole('region', { name: 'Kutsukirjeen sanamuoto' });
    // Finnish for most, Swedish for فاطمة; Людмила's Russian letter is in the conference's language;
    // Åsa, asked for written views, gets the request for them in English, which says the purpose too.
    const fields = within(invitation).getAllByLabelText(/^Tapaamisen tarkoitus/);
    expect(fields.map((field) => field.getAttribute('lang'))).toEqual(['fi', 'sv', 'en']);
    expect(invitation).toHaveTextContent('Älä koskaan kirjoita tähän luottamuksellisia tietoja');
    expect(fields[0]).toHaveAccessibleDescription(/neutraali vakiolause/);
  });

  it('refuses an end before the start in Finnish and saves nothing', async () => {
    const prep = prepWith();
    answer(() => prep);
    const { user } = await renderPage(prep);
    await user.type(screen.getByLabelText('Alkaa'), '13.00');
    await user.type(screen.getByLabelText('Päättyy'), '9.00');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Päättymisajan pitää olla alkamisajan jälkeen.')).toBeInTheDocument();
    expect(updateCalls()).toHaveLength(0);
  });

  it('shows a closed conference without letting anything be changed', async () => {
    const base = prepWith({ date: '2027-02-24' });
    const prep = {
      ...base,
      conference: makeConference({ closure: { reason: 'plan_made', text: '', closedAt: '2027-03-01T10:00:00.000Z' } }),
    };
    answer(() => prep);
    await renderPage(prep);
    expect(screen.getByText('Päättynyttä neuvonpitoa ei voi muokata. Avaa se ensin uudelleen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Päivämäärä')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Tilattu tänään 12 hengelle' })).toBeDisabled();
    for (const box of within(screen.getByRole('list', { name: 'Tarkistuslista' })).getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lisää oma kohta' })).not.toBeInTheDocument();
  });
});

const FOLLOW_UP_ID = '77777777-7777-4777-8777-777777777772';

/*
 * The conference met on 24.2.2027; its accepted plan invites Maija, Aune and Людмила and the
 * social worker to the follow-up on 10.6.2027, still open. Maija and Aune have replied that
 * they are coming to it, Людмила that she takes part remotely (unless `followUp` says otherwise).
 */
function withFollowUp(followUp: Partial<Meeting> = {}): Preparation {
  const people = family();
  const replies: Meeting['replies'] = [
    { memberId: people.maija.id, reply: 'coming', version: 2 },
    { memberId: people.aune.id, reply: 'coming', version: 2 },
    { memberId: people.ludmila.id, reply: 'remote', version: 2 },
  ];
  const base = prepWith({ date: '2027-02-24', startTime: '09:00', endTime: '14:00' }, Object.values(people));
  const member = (m: NetworkMember) => ({ kind: 'member' as const, memberId: m.id });
  const plan: Plan = {
    ...planFieldsSchema.parse({}),
    items: [],
    services: [],
    recipients: [],
    dissents: [],
    followUpDate: '2027-06-10',
    followUpInvitees: [member(people.maija), member(people.aune), member(people.ludmila), { kind: 'social_worker' }],
    decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
    id: '99999999-9999-4999-8999-000000000001',
    conferenceId: base.conference.id,
    meetingId: base.meetings[0]!.id,
    number: 1,
    version: 2,
    createdAt: '2027-02-24T12:00:00.000Z',
    updatedAt: '2027-02-24T12:30:00.000Z',
  };
  const meeting = makeMeeting({ id: FOLLOW_UP_ID, kind: 'follow_up', date: '2027-06-10', startTime: '09:00', endTime: '11:00', replies, ...followUp });
  return {
    ...base,
    meetings: [...base.meetings, meeting],
    plans: [plan],
    followUps: [makeFollowUp({ meetingId: FOLLOW_UP_ID, planId: plan.id })],
  };
}

function meetingSelect(): HTMLSelectElement {
  return screen.getByRole('combobox', { name: 'Kokous' });
}

describe('the meeting the arrangements are about', () => {
  it('is not asked while the conference has only its own meeting', async () => {
    const prep = prepWith();
    answer(() => prep);
    await renderPage(prep);
    expect(screen.queryByRole('combobox', { name: 'Kokous' })).not.toBeInTheDocument();
  });

  it('is the open follow-up by default, with its own people, time and flags', async () => {
    const prep = withFollowUp();
    answer(() => prep);
    await renderPage(prep);

    const options = within(meetingSelect()).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Neuvonpito 24.2.2027', 'Seurantakokous 10.6.2027']);
    expect(meetingSelect()).toHaveDisplayValue('Seurantakokous 10.6.2027');
    expect(screen.getByLabelText('Päivämäärä')).toHaveValue('10.6.2027');
    expect(screen.getByText(/Seurantakokoukseen kutsutaan ne, jotka suunnitelmassa sovittiin/)).toBeInTheDocument();
    // As they replied to the follow-up: Maija and Aune in the room, Людмила remotely, Äijö, the social worker and the convener.
    expect(within(needs()).getByText('5 henkeä')).toBeInTheDocument();
    expect(needRow('Tulossa paikan päälle (2)')).toBe('Maija Äijälä, Aune Äijälä');
    expect(needRow('Etänä (1)')).toBe('Людмила Соколова');
    // Two hours is usual for a follow-up: no duration warning.
    expect(flags()).toEqual(['Tulkki tarvitaan: venäjä (Людмила Соколова).', 'Etäyhteyden linkki puuttuu (etänä: Людмила Соколова).']);
    expect(screen.getByText('2 t')).not.toHaveClass('badge-warning');
    expect(screen.getByText(/Seurantakokous on yleensä lyhyempi kuin neuvonpito/)).toBeInTheDocument();
    // Everyone invited to the follow-up gets a Finnish letter.
    const invitation = screen.getByRole('region', { name: 'Kutsukirjeen sanamuoto' });
    expect(within(invitation).getAllByLabelText(/^Tapaamisen tarkoitus/).map((f) => f.getAttribute('lang'))).toEqual(['fi']);
  });

  it('can be the conference’s own meeting, and a save changes the meeting shown', async () => {
    let prep = withFollowUp();
    answer(() => prep);
    const { user, current } = await renderPage(prep);

    await user.selectOptions(meetingSelect(), 'Neuvonpito 24.2.2027');
    expect(screen.getByLabelText('Päivämäärä')).toHaveValue('24.2.2027');
    expect(within(needs()).getByText('12 henkeä')).toBeInTheDocument();
    expect(screen.queryByText(/Seurantakokoukseen kutsutaan/)).not.toBeInTheDocument();

    await user.selectOptions(meetingSelect(), 'Seurantakokous 10.6.2027');
    await user.clear(screen.getByLabelText('Päättyy'));
    await user.type(screen.getByLabelText('Päättyy'), '11.30');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]![1]).toMatchObject({ id: FOLLOW_UP_ID, endTime: '11:30' });
    prep = current();
    expect(prep.meetings[0]!.endTime).toBe('14:00');
    expect(prep.meetings[1]!.endTime).toBe('11:30');
  });

  it('asks before another meeting replaces unsaved changes', async () => {
    const prep = withFollowUp();
    answer(() => prep);
    const { user } = await renderPage(prep);
    await user.type(screen.getByLabelText(/^Omat muistiinpanot/), 'Soita Maijalle');

    await user.selectOptions(meetingSelect(), 'Neuvonpito 24.2.2027');
    const dialog = await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' });
    await user.click(within(dialog).getByRole('button', { name: 'Jatka muokkausta' }));
    expect(meetingSelect()).toHaveDisplayValue('Seurantakokous 10.6.2027');
    expect(screen.getByLabelText(/^Omat muistiinpanot/)).toHaveValue('Soita Maijalle');

    await user.selectOptions(meetingSelect(), 'Neuvonpito 24.2.2027');
    await user.click(within(await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' })).getByRole('button', { name: 'Poistu tallentamatta' }));
    expect(meetingSelect()).toHaveDisplayValue('Neuvonpito 24.2.2027');
    expect(screen.getByLabelText(/^Omat muistiinpanot/)).toHaveValue('');
  });

  it('words the follow-up’s checklist for a follow-up: the social worker’s follow-up summary', async () => {
    const prep = withFollowUp();
    answer(() => prep);
    const { user } = await renderPage(prep);
    const labels = () => within(screen.getByRole('list', { name: 'Tarkistuslista' })).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent);
    expect(labels()).toContain('Seurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa');
    expect(labels()).not.toContain('Yhteenveto ja kysymykset käyty läpi perheen kanssa');
    // The items that read the same at both meetings keep their words.
    expect(labels()).toEqual(expect.arrayContaining(['Tila varattu', 'Kutsut lähetetty', 'Tulkki tilattu', 'Tarvikkeet valmiina']));

    await user.selectOptions(meetingSelect(), 'Neuvonpito 24.2.2027');
    expect(labels()).toContain('Yhteenveto ja kysymykset käyty läpi perheen kanssa');
    expect(labels()).not.toContain('Seurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa');
  });

  it('on the overview says the follow-up’s next items in the follow-up’s words', async () => {
    // The venue, interpreter and refreshments are done by the arrangements' own facts, the invitations by hand.
    const done = { invitations: '2027-01-12' };
    const base = makeMeeting();
    const prep = withFollowUp({
      checklist: { done, doneVersions: {}, custom: [] },
      interpreters: [{ language: 'venäjä', provider: 'Tulkkikeskus', bookedDate: '2027-01-14', confirmed: true, mode: 'remote', cost: null }],
      venue: { ...base.venue, bookingStatus: 'booked' },
      venueBookedDate: '2027-01-12',
      refreshments: { ...base.refreshments, orderedDate: '2027-01-18', orderedHeadcount: 5 },
    });
    answer(() => prep);
    renderInConference(<ArrangementsGlance />, prep, TODAY);
    const next = await screen.findByRole('list', { name: 'Seuraavaksi tarkistuslistalla' });
    expect(within(next).getAllByRole('listitem').map((item) => item.firstElementChild!.textContent)).toEqual([
      'Seurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa',
      'Muistutuspuhelut soitettu',
      'Tarvikkeet valmiina',
    ]);
  });

  it('stays chosen on the documents tab', async () => {
    const prep = withFollowUp();
    answer(() => prep);
    const { user, unmount } = await renderPage(prep);
    await user.selectOptions(meetingSelect(), 'Neuvonpito 24.2.2027');
    unmount();

    renderInConference(<DocumentsPage />, prep, TODAY);
    expect(await screen.findByRole('combobox', { name: 'Kokous' })).toHaveDisplayValue('Neuvonpito 24.2.2027');
    expect(screen.getByRole('heading', { name: /^Kutsukirjeet/ })).toHaveTextContent('Kutsukirjeet · Neuvonpito 24.2.2027');
  });

  it('on the overview is the coming meeting, and its link opens that meeting', async () => {
    const prep = withFollowUp({ venue: { ...makeMeeting().venue, name: 'Perhekeskus Koivikko' } });
    answer(() => prep);
    sessionStorage.setItem(`neuvonpito.meeting.${prep.conference.id}`, prep.meetings[0]!.id);
    const { unmount } = renderInConference(<ArrangementsGlance />, prep, TODAY);
    const glance = await screen.findByRole('region', { name: 'Käytännön järjestelyt' });
    expect(glance).toHaveTextContent('Seurantakokous');
    expect(glance).toHaveTextContent('10.6.2027 · klo 9.00–11.00 · Perhekeskus Koivikko');
    expect(glance).toHaveTextContent('5 henkeä paikalla');
    await userEvent.click(within(glance).getByRole('link', { name: 'Avaa järjestelyt' }));
    unmount();

    await renderPage(prep);
    expect(meetingSelect()).toHaveDisplayValue('Seurantakokous 10.6.2027');
  });
});

describe('a follow-up’s replies', () => {
  /** Answers `meeting.setReply` like the backend: the reply saved on its own version, the meeting's version kept. */
  function answerReplies(start: Preparation) {
    let prep = start;
    answer(() => prep, {
      'meeting.setReply': (input) => {
        const { meetingId, memberId, reply } = input as { meetingId: string; memberId: string; reply: Meeting['replies'][number]['reply'] };
        const meetings = prep.meetings.map((m) => {
          if (m.id !== meetingId) return m;
          const before = m.replies.find((r) => r.memberId === memberId);
          const saved = { memberId, reply, version: (before?.version ?? 1) + 1 };
          const order = prep.members.map((p) => p.id);
          const replies = [...m.replies.filter((r) => r.memberId !== memberId), saved].sort(
            (a, b) => order.indexOf(a.memberId) - order.indexOf(b.memberId),
          );
          return { ...m, replies };
        });
        prep = { ...prep, meetings };
        return prep;
      },
    });
  }

  function replies(): HTMLElement {
    return screen.getByRole('region', { name: 'Vastaukset' });
  }

  it('are recorded by choosing, each saved at once, and the headcount, needs and flags follow', async () => {
    const base = makeMeeting();
    const invited = withFollowUp();
    const person = (name: string) => invited.members.find((m) => m.name === name)!;
    const people = { maija: person('Maija Äijälä'), aune: person('Aune Äijälä'), ludmila: person('Людмила Соколова') };
    // Only Maija has replied; Aune and Людмила have not been asked yet.
    const followUp: Meeting = {
      ...invited.meetings[1]!,
      replies: [{ memberId: people.maija.id, reply: 'coming', version: 2 }],
      invitation: { ...base.invitation, replyBy: '2027-05-27' },
    };
    const prep = { ...invited, meetings: [invited.meetings[0]!, followUp] };
    answerReplies(prep);
    const { user } = await renderPage(prep);

    expect(within(replies()).getByText('Vastaa viimeistään 27.5.2027')).toBeInTheDocument();
    expect(within(replies()).getByText('Vastaamatta: 2')).toBeInTheDocument();
    expect(within(replies()).getByRole('combobox', { name: 'Vastaus: Maija Äijälä' })).toHaveDisplayValue('Tulossa');
    expect(within(replies()).getByRole('combobox', { name: 'Vastaus: Aune Äijälä' })).toHaveDisplayValue('Ei vielä kysytty');
    // Maija, Äijö, the social worker and the convener; nobody needs an interpreter yet.
    expect(within(needs()).getByText('4 henkeä')).toBeInTheDocument();
    expect(flags()).toEqual([]);
    // Something typed in the arrangements stays while replies are recorded.
    await user.type(screen.getByLabelText(/^Omat muistiinpanot/), 'Soita Aunelle');

    await user.selectOptions(within(replies()).getByRole('combobox', { name: 'Vastaus: Aune Äijälä' }), 'Tulossa');
    await waitFor(() => expect(within(needs()).getByText('5 henkeä')).toBeInTheDocument());
    expect(needRow('Tulossa paikan päälle (2)')).toBe('Maija Äijälä, Aune Äijälä');
    expect(needRow('Esteettömyys')).toContain('Kulkee rollaattorilla.');

    await user.selectOptions(within(replies()).getByRole('combobox', { name: 'Vastaus: Людмила Соколова' }), 'Tulossa etänä');
    await waitFor(() => expect(needRow('Etänä (1)')).toBe('Людмила Соколова'));
    expect(flags()).toEqual(['Tulkki tarvitaan: venäjä (Людмила Соколова).', 'Etäyhteyden linkki puuttuu (etänä: Людмила Соколова).']);
    expect(screen.queryByText(/^Vastaamatta/)).not.toBeInTheDocument();

    await user.selectOptions(within(replies()).getByRole('combobox', { name: 'Vastaus: Maija Äijälä' }), 'Ei tule');
    await waitFor(() => expect(within(needs()).getByText('4 henkeä')).toBeInTheDocument());

    const calls = apiCalls(call).filter(([method]) => method === 'meeting.setReply').map(([, input]) => input);
    expect(calls).toEqual([
      { meetingId: FOLLOW_UP_ID, memberId: people.aune.id, version: 1, reply: 'coming' },
      { meetingId: FOLLOW_UP_ID, memberId: people.ludmila.id, version: 1, reply: 'remote' },
      { meetingId: FOLLOW_UP_ID, memberId: people.maija.id, version: 2, reply: 'not_coming' },
    ]);
    // The form was not saved or reset: the note is still there, waiting for its own save.
    expect(updateCalls()).toEqual([]);
    expect(screen.getByLabelText(/^Omat muistiinpanot/)).toHaveValue('Soita Aunelle');
  });

  it('says where the reply-by date is set while there is none, and are not shown for the conference', async () => {
    const prep = withFollowUp();
    answerReplies(prep);
    const { user } = await renderPage(prep);
    expect(within(replies()).getByText('Vastauspäivää ei ole asetettu.')).toBeInTheDocument();
    expect(within(replies()).getByRole('button', { name: 'Aseta kutsukirjeen kohdassa' })).toBeInTheDocument();

    await user.selectOptions(meetingSelect(), 'Neuvonpito 24.2.2027');
    expect(screen.queryByRole('region', { name: 'Vastaukset' })).not.toBeInTheDocument();
  });

  it('shows a refusal in Finnish and keeps the saved reply', async () => {
    const prep = withFollowUp();
    answer(() => prep);
    call.mockImplementation(async (method: string) => {
      if (method === 'settings.get') return { ok: true, value: SETTINGS };
      return {
        ok: false,
        error: { code: 'invalid_input', message: 'Invalid input', issues: [{ path: ['memberId'], message: 'arrangements.replies.error.notInvited' }] },
      };
    });
    const { user } = await renderPage(prep);
    await user.selectOptions(within(replies()).getByRole('combobox', { name: 'Vastaus: Aune Äijälä' }), 'Ei tule');
    expect(await within(replies()).findByRole('alert')).toHaveTextContent(
      'Henkilöä ei ole kutsuttu tähän seurantakokoukseen, joten hänen vastaustaan ei voi kirjata.',
    );
    expect(within(replies()).getByRole('combobox', { name: 'Vastaus: Aune Äijälä' })).toHaveDisplayValue('Tulossa');
  });
});
