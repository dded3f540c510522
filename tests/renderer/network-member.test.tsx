import { screen, waitFor, within } from '@testing-library/react';
import { isolate } from '../../electron/shared/i18n/isolate';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { MemberPage } from '../../renderer/src/features/network/MemberPage';
import { GUARDIAN_MEMBER_ID, makeConference, makeContact, makeMember, makePreparation, NAMES_IN_MANY_SCRIPTS } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

function fieldError(label: RegExp | string): string | null {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

const base = makePreparation();
const CONF = base.conference.id;
const [AIJO, SANNI] = base.conference.children;

async function renderMember(prep: Preparation, memberId: string, worker = false) {
  const rendered = renderInConference(<MemberPage memberId={memberId} worker={worker} />, prep);
  await screen.findByRole('link', { name: /Takaisin läheisverkostoon/ });
  return { ...rendered, user: userEvent.setup() };
}

/** An answer to a member change: the preparation with `members` replaced. */
function withMembers(prep: Preparation, members: NetworkMember[]) {
  return { ok: true, value: { ...prep, members } };
}

describe('the member page', () => {
  beforeEach(() => {
    answerApi(call);
    window.location.hash = `#/conferences/${CONF}/network`;
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('shows Finnish messages for an empty name and sends nothing', async () => {
    const { user } = await renderMember(base, 'new');
    expect(screen.getByRole('heading', { name: 'Uusi läheinen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    await waitFor(() => expect(fieldError(/^Nimi/)).toBe('Pakollinen tieto.'));
    expect(fieldError(/^Suhde lapseen/)).toBe('Pakollinen tieto.');
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät');
    expect(apiCalls(call)).toEqual([]);
  });

  it('asks for the reason when someone is not invited, and shows the field only then', async () => {
    const { user } = await renderMember(base, 'new');
    expect(screen.queryByLabelText(/Miksi ei kutsuta/)).toBeNull();
    await user.type(screen.getByLabelText(/^Nimi/), 'Pertti Pöllänen');
    await user.type(screen.getByLabelText(/^Suhde lapseen/), 'eno');
    await user.selectOptions(screen.getByLabelText(/^Kutsutaanko/), 'Ei kutsuta');
    expect(screen.getByLabelText(/Miksi ei kutsuta/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    await waitFor(() => expect(fieldError(/Miksi ei kutsuta/)).toBe('Kerro, miksi henkilöä ei kutsuta.'));
    expect(apiCalls(call)).toEqual([]);
  });

  it('refuses a role for someone who is not invited', async () => {
    const { user } = await renderMember(base, 'new');
    await user.type(screen.getByLabelText(/^Nimi/), 'Aune Äijälä');
    await user.type(screen.getByLabelText(/^Suhde lapseen/), 'mummo');
    await user.click(screen.getByRole('checkbox', { name: /Kirjuri/ }));
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    await waitFor(() => expect(fieldError(/^Kutsutaanko/)).toBe('Tehtävän voi antaa vain kutsuttavalle. Valitse ensin "Kutsutaan".'));
    expect(apiCalls(call)).toEqual([]);
  });

  it('asks which language the letters of someone speaking another language are in, and sends it', async () => {
    const cawo = makeMember({ name: 'Cawo Maxamed Xuseen', relation: 'täti', invite: 'invite', version: 2 });
    const prep = makePreparation({ members: [cawo] });
    answerApi(call, (method, input) => {
      const { id: _id, version: _version, ...fields } = input;
      return method === 'network.updateMember'
        ? withMembers(prep, [{ ...cawo, ...(fields as Partial<NetworkMember>), version: 3 }])
        : { ok: false, error: { code: 'internal', message: 'x' } };
    });
    const { user } = await renderMember(prep, cawo.id);
    expect(screen.queryByLabelText(/^Kirjeiden kieli/)).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'other');
    await user.type(screen.getByLabelText(/^Mikä kieli/), 'somali');
    const letterLanguage = screen.getByLabelText(/^Kirjeiden kieli/);
    expect(within(letterLanguage).getAllByRole('option').map((o) => o.textContent)).toEqual(['Neuvonpidon kieli', 'suomi', 'ruotsi', 'englanti']);
    await user.selectOptions(letterLanguage, 'englanti');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]![1]).toMatchObject({ language: 'other', otherLanguage: 'somali', letterLanguage: 'en' });
  });

  it('saves an edited person with network.updateMember, sending every field with id and version', async () => {
    const aune = makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite', version: 3 });
    const prep = makePreparation({ members: [aune] });
    answerApi(call, (method, input) => {
      const { id: _id, version: _version, ...fields } = input;
      return method === 'network.updateMember'
        ? withMembers(prep, [{ ...aune, ...(fields as Partial<NetworkMember>), version: 4 }])
        : { ok: false, error: { code: 'internal', message: 'x' } };
    });
    const { user, current } = await renderMember(prep, aune.id);

    expect(screen.getByRole('heading', { name: 'Aune Äijälä' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Puhelin/), '040 765 4321');
    await user.selectOptions(screen.getByLabelText(/^Vastaus kutsuun/), 'Tulossa');
    await user.click(screen.getByRole('checkbox', { name: 'avustaja: Sanni' }));
    await user.type(screen.getByLabelText(/Valmistelukeskustelu käyty/), '18.1.2027');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    const [method, input] = apiCalls(call)[0]!;
    expect(method).toBe('network.updateMember');
    expect(input).toEqual({
      id: aune.id,
      version: 3,
      name: 'Aune Äijälä',
      relation: 'mummo',
      sector: 'relatives',
      closeness: 'middle',
      phone: '040 765 4321',
      email: '',
      address: '',
      language: 'fi',
      otherLanguage: '',
      letterLanguage: null,
      interpreterNeeded: false,
      accessibility: '',
      diet: '',
      notes: '',
      invite: 'invite',
      notInvitedReason: '',
      reply: 'coming',
      supportForChildIds: [SANNI!.id],
      chairsPrivateTime: false,
      takesNotes: false,
      preparedDate: '2027-01-18',
      supportBriefedDate: null,
      worker: null,
    });
    await screen.findByText('Muutokset tallennettu.');
    expect(current().members[0]!.version).toBe(4);
  });

  it('puts a problem the backend found next to its field', async () => {
    const aune = makeMember({ name: 'Aune Äijälä', invite: 'invite' });
    answerApi(call, () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input', issues: [{ path: ['supportForChildIds'], message: 'validation.supportTaken' }] },
    }));
    const { user } = await renderMember(makePreparation({ members: [aune] }), aune.id);
    await user.click(screen.getByRole('checkbox', { name: 'avustaja: Äijö' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Lapsella on jo avustaja/)).toBeInTheDocument();
  });

  it("does not offer a child who already has another support person, and says who it is", async () => {
    const aune = makeMember({ name: 'Aune Äijälä', invite: 'invite', supportForChildIds: [AIJO!.id] });
    const pekka = makeMember({ name: 'Pekka Lind', invite: 'invite' });
    await renderMember(makePreparation({ members: [aune, pekka] }), pekka.id);
    expect(screen.getByRole('checkbox', { name: /avustaja: Äijö/ })).toBeDisabled();
    expect(screen.getByText('avustajana jo Aune Äijälä')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /avustaja: Sanni/ })).toBeEnabled();
  });

  it('adds a worker from the worker route and opens the new person', async () => {
    const added = makeMember({ name: 'Leena Korhonen' });
    answerApi(call, (method, input) => {
      const { conferenceId: _c, ...fields } = input;
      return method === 'network.addMember'
        ? withMembers(base, [{ ...added, ...(fields as Partial<NetworkMember>) }])
        : { ok: false, error: { code: 'internal', message: 'x' } };
    });
    const { user } = await renderMember(base, 'new', true);

    expect(screen.getByRole('heading', { name: 'Uusi työntekijä' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ryhmä/)).toHaveDisplayValue('Ammattilaiset');
    expect(screen.getByLabelText(/^Läheisyys/)).toHaveDisplayValue('Etäisempi (uloin kehä)');
    expect(screen.getByLabelText(/^Kutsutaanko/)).toHaveDisplayValue('Kutsutaan');
    expect(screen.getByRole('checkbox', { name: /Antaa tietoa neuvonpidossa/ })).toBeChecked();
    await user.type(screen.getByLabelText(/^Nimi/), 'Leena Korhonen');
    await user.type(screen.getByLabelText(/^Suhde lapseen/), 'koulukuraattori');
    await user.type(screen.getByLabelText(/^Organisaatio/), 'Kuusikon koulu');
    await user.click(screen.getByRole('checkbox', { name: /Jää kuulemaan suunnitelman esittelyn/ }));
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    const [method, input] = apiCalls(call)[0]!;
    expect(method).toBe('network.addMember');
    expect(input).toMatchObject({
      conferenceId: CONF,
      name: 'Leena Korhonen',
      sector: 'professionals',
      closeness: 'distant',
      invite: 'invite',
      worker: { organisation: 'Kuusikon koulu', topic: '', staysForPlan: true, sharingAllowed: false },
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/conferences/${CONF}/network/${added.id}`));
  });

  it('turns the worker section off and on with its checkbox', async () => {
    const aune = makeMember({ name: 'Aune Äijälä' });
    const { user } = await renderMember(makePreparation({ members: [aune] }), aune.id);
    expect(screen.queryByLabelText(/^Organisaatio/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Antaa tietoa neuvonpidossa/ }));
    expect(screen.getByLabelText(/^Organisaatio/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Antaa tietoa neuvonpidossa/ }));
    expect(screen.queryByLabelText(/^Organisaatio/)).toBeNull();
  });

  it('keeps a name in Arabic exactly as typed all the way into the API call', async () => {
    const arabic = NAMES_IN_MANY_SCRIPTS[2]!;
    answerApi(call, (method, input) =>
      method === 'network.addMember'
        ? withMembers(base, [makeMember({ name: input.name as string })])
        : { ok: false, error: { code: 'internal', message: 'x' } },
    );
    const { user } = await renderMember(base, 'new');
    const name = screen.getByLabelText(/^Nimi/);
    expect(name).toHaveAttribute('dir', 'auto');
    await user.type(name, arabic);
    await user.type(screen.getByLabelText(/^Suhde lapseen/), 'naapuri');
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]![1].name).toBe(arabic);
    await screen.findByText(`${isolate(arabic)} lisätty läheisverkostoon.`);
  });

  it('says what goes with a person before deleting them, then goes back to the network', async () => {
    const aune = makeMember({
      name: 'Aune Äijälä',
      invite: 'invite',
      supportForChildIds: [AIJO!.id],
      chairsPrivateTime: true,
      worker: { organisation: 'Seurakunta', topic: '', staysForPlan: false, sharingAllowed: true },
      version: 2,
    });
    const prep = makePreparation({ members: [aune], contacts: [makeContact({ memberId: aune.id }), makeContact({ memberId: aune.id }), makeContact({ memberId: null })] });
    answerApi(call, (method) =>
      method === 'network.removeMember' ? withMembers(prep, []) : { ok: false, error: { code: 'internal', message: 'x' } },
    );
    const { user } = await renderMember(prep, aune.id);

    await user.click(screen.getByRole('button', { name: 'Poista henkilö' }));
    const dialog = screen.getByRole('dialog', { name: 'Poistetaanko Aune Äijälä?' });
    const lines = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'avustaja: Äijö',
      'oman ajan puheenjohtaja',
      '2 yhteydenottoa lokista',
      'työntekijän tiedot (organisaatio, aihe, salassapitovapautus)',
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Poista henkilö' }));
    await waitFor(() => expect(apiCalls(call)).toEqual([['network.removeMember', { id: aune.id, version: 2 }]]));
    await waitFor(() => expect(window.location.hash).toBe(`#/conferences/${CONF}/network`));
    await screen.findByText('Aune Äijälä poistettu läheisverkostosta.');
  });

  it('says so plainly when a person has nothing that goes with them', async () => {
    const pekka = makeMember({ name: 'Pekka Lind' });
    const { user } = await renderMember(makePreparation({ members: [pekka] }), pekka.id);
    await user.click(screen.getByRole('button', { name: 'Poista henkilö' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryAllByRole('listitem')).toEqual([]);
    expect(dialog).toHaveTextContent('Henkilöllä ei ole tehtäviä, yhteydenottoja eikä työntekijän tietoja.');
    await user.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    expect(apiCalls(call)).toEqual([]);
  });

  it('shows a not-found message with a way back for an unknown person', async () => {
    renderInConference(<MemberPage memberId="44444444-4444-4444-8444-999999999999" worker={false} />, base);
    expect(await screen.findByRole('heading', { name: 'Henkilöä ei löytynyt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Takaisin läheisverkostoon' })).toHaveAttribute('href', `#/conferences/${CONF}/network`);
  });

  it('is read-only for a closed conference', async () => {
    const aune = makeMember({ name: 'Aune Äijälä' });
    const conference = makeConference({ closure: { reason: 'plan_made', text: '', closedAt: '2027-03-01T10:00:00.000Z' } });
    await renderMember(makePreparation({ conference, members: [aune] }), aune.id);
    expect(screen.getByLabelText(/^Nimi/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Tallenna' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Poista henkilö' })).toBeNull();
  });

  it('does not offer to remove someone the plan names, and says what they do in it', async () => {
    const aune = makeMember({ name: 'Aune Äijälä', invite: 'invite' });
    const plan: Plan = {
      ...planFieldsSchema.parse({}),
      items: [
        {
          id: '99999999-9999-4999-8999-000000000001',
          questionId: null,
          what: 'Mummo hakee Äijön koulusta tiistaisin.',
          owner: { kind: 'member', memberId: aune.id },
          fromDate: null,
          byDate: null,
          followUp: '',
          checker: null,
          bottomLineIds: [],
        },
      ],
      services: [],
      recipients: [{ id: '99999999-9999-4999-8999-000000000002', recipient: { kind: 'member', memberId: aune.id }, sentDate: null, channel: 'by_hand' }],
      dissents: [],
      id: '99999999-9999-4999-8999-000000000003',
      conferenceId: CONF,
      meetingId: base.meetings[0]!.id,
      number: 1,
      version: 1,
      createdAt: '2027-03-04T12:00:00.000Z',
      updatedAt: '2027-03-04T12:00:00.000Z',
    };
    await renderMember(makePreparation({ members: [aune], plans: [plan] }), aune.id);

    expect(screen.queryByRole('button', { name: 'Poista henkilö' })).toBeNull();
    expect(screen.getByText('Ei voi poistaa: henkilö on mukana suunnitelmassa (tekee tehtävän, saa suunnitelman).')).toBeInTheDocument();
  });

  it('marks a guardian as such and sends the convener to the conference form instead of offering removal', async () => {
    const maija = makeMember({ id: GUARDIAN_MEMBER_ID, name: 'Maija Äijälä', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite' });
    await renderMember(makePreparation({ members: [maija] }), maija.id);

    expect(screen.getByRole('heading', { name: 'Maija Äijälä' }).parentElement).toHaveTextContent('Huoltaja');
    expect(screen.queryByRole('button', { name: 'Poista henkilö' })).toBeNull();
    expect(screen.getByText(/Huoltajaa ei poisteta verkostosta\. Huoltajat muutetaan neuvonpidon perustiedoissa/)).toBeInTheDocument();
  });
});
