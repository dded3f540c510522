import { screen, waitFor, within } from '@testing-library/react';
import { isolate } from '../../electron/shared/i18n/isolate';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { NetworkPage } from '../../renderer/src/features/network/NetworkPage';
import { makeConference, makeMember, makePreparation, NAMES_IN_MANY_SCRIPTS, GUARDIAN_MEMBER_ID } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const prepBase = makePreparation();
const [AIJO, SANNI] = prepBase.conference.children;
const CONF = prepBase.conference.id;

function network(): NetworkMember[] {
  return [
    makeMember({ id: GUARDIAN_MEMBER_ID, name: 'Maija Äijälä', relation: 'äiti', sector: 'family', closeness: 'close', invite: 'invite', reply: 'coming', preparedDate: '2027-01-15' }),
    makeMember({
      name: 'Aune Äijälä',
      relation: 'mummo',
      sector: 'relatives',
      closeness: 'close',
      invite: 'invite',
      reply: 'remote',
      supportForChildIds: [AIJO!.id],
      chairsPrivateTime: true,
    }),
    makeMember({ name: NAMES_IN_MANY_SCRIPTS[2]!, relation: 'naapuri', sector: 'friends', closeness: 'middle', invite: 'written_views' }),
    makeMember({ name: 'Pertti Pöllänen', relation: 'eno', sector: 'relatives', closeness: 'distant', invite: 'not_invited', notInvitedReason: 'Perhe ei halua.' }),
    makeMember({
      name: 'Leena Korhonen',
      relation: 'koulukuraattori',
      sector: 'professionals',
      closeness: 'distant',
      invite: 'invite',
      reply: 'maybe',
      takesNotes: false,
      worker: { organisation: 'Kuusikon koulu', topic: 'Koulunkäynti', staysForPlan: true, sharingAllowed: true },
    }),
    makeMember({ name: 'Tuomas Tuntematon', relation: 'valmentaja', sector: 'friends', closeness: 'distant' }),
  ];
}

async function renderPage(prep: Preparation) {
  const rendered = renderInConference(<NetworkPage />, prep);
  await screen.findByRole('heading', { name: 'Lapset' });
  return { ...rendered, user: userEvent.setup() };
}

describe('the network page', () => {
  beforeEach(() => answerApi(call));

  it('lists the members by sector, each name a link to the person, with counts', async () => {
    const members = network();
    await renderPage(makePreparation({ members }));

    const relatives = screen.getByRole('region', { name: /^Suku/ });
    const rows = within(relatives).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0]!.textContent)).toEqual(['Aune Äijälä', 'Pertti Pöllänen']);
    expect(within(rows[0]!).getByText('mummo')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Hyvin läheinen')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('avustaja: Äijö')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('oman ajan puheenjohtaja')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Tulossa etänä')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Ei kutsuta')).toBeInTheDocument();

    const aune = within(relatives).getByRole('link', { name: 'Aune Äijälä' });
    expect(aune).toHaveAttribute('href', `#/conferences/${CONF}/network/${members[1]!.id}`);

    const professionals = screen.getByRole('region', { name: /^Ammattilaiset/ });
    const worker = within(professionals).getByRole('row', { name: /Leena Korhonen/ });
    expect(within(worker).getByText('Työntekijä')).toBeInTheDocument();
    expect(within(worker).getByText('koulukuraattori, Kuusikon koulu')).toBeInTheDocument();

    // The Arabic name is shown exactly, marked for its own direction.
    const friends = screen.getByRole('region', { name: /^Ystävät ja naapurit/ });
    const arabic = within(friends).getByRole('link', { name: NAMES_IN_MANY_SCRIPTS[2]! });
    expect(arabic).toHaveAttribute('dir', 'auto');

    const family = screen.getByRole('region', { name: /^Perhe ja kotitalous/ });
    expect(within(family).getByText('15.1.2027')).toBeInTheDocument();
    // The guardian of the conference form is this person of the network, and says so.
    expect(within(family).getByRole('row', { name: /Maija Äijälä/ })).toHaveTextContent('Huoltaja');
    expect(within(relatives).queryByText('Huoltaja')).toBeNull();
    expect(
      screen.getByText('6 henkilöä · 3 kutsuttu · 1 tulossa · 1 etänä · 1 ehkä · 1 kirjalliset näkemykset · 1 ei kutsuta · 1 päättämättä'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lisää läheinen' })).toHaveAttribute('href', `#/conferences/${CONF}/network/new`);
    expect(screen.getByRole('link', { name: 'Lisää työntekijä' })).toHaveAttribute('href', `#/conferences/${CONF}/network/new/worker`);
  });

  it('draws one marker per member on the map, named by name, relation, decision and reply', async () => {
    const members = network();
    await renderPage(makePreparation({ members }));
    const map = screen.getByRole('group', { name: 'Verkostokartta' });
    const markers = within(map).getAllByRole('link');
    expect(markers).toHaveLength(members.length);
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Maija Äijälä, äiti, kutsutaan, tulossa',
      'Aune Äijälä, mummo, kutsutaan, tulossa etänä',
      `${isolate(NAMES_IN_MANY_SCRIPTS[2]!)}, naapuri, vain kirjalliset näkemykset`,
      'Pertti Pöllänen, eno, ei kutsuta',
      'Leena Korhonen, koulukuraattori, kutsutaan, ehkä',
      'Tuomas Tuntematon, valmentaja, ei päätetty',
    ]);
    const aune = within(map).getByRole('link', { name: 'Aune Äijälä, mummo, kutsutaan, tulossa etänä' });
    expect(aune).toHaveAttribute('href', `#/conferences/${CONF}/network/${members[1]!.id}`);
    // The children are in the centre.
    expect(within(map).getByText('Äijö')).toBeInTheDocument();
    expect(within(map).getByText('Sanni')).toBeInTheDocument();
    // Every marker can be reached with the keyboard.
    const user = userEvent.setup();
    await user.tab();
    const reached = new Set<Element>();
    for (let i = 0; i < 40 && reached.size < markers.length; i += 1) {
      if (markers.includes(document.activeElement as HTMLElement)) reached.add(document.activeElement!);
      await user.tab();
    }
    expect(reached.size).toBe(markers.length);
  });

  it('explains how to start when nobody has been added yet', async () => {
    await renderPage(makePreparation());
    expect(screen.getByRole('heading', { name: 'Läheisverkostoa ei ole vielä kartoitettu' })).toBeInTheDocument();
    expect(screen.getByText(/yhdessä lapsen ja vanhempien kanssa/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Verkostokartta' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Lisää läheinen' }).length).toBeGreaterThan(0);
  });

  it('saves how a child takes part with network.updateChild', async () => {
    const prep = makePreparation();
    answerApi(call, (method, input) => {
      if (method !== 'network.updateChild') return { ok: false, error: { code: 'internal', message: 'x' } };
      return {
        ok: true,
        value: {
          ...prep,
          children: prep.children.map((c) =>
            c.childId === input.childId ? { ...c, participation: input.participation, note: input.note, version: c.version + 1 } : c,
          ),
        },
      };
    });
    const { user, current } = await renderPage(prep);

    const sanni = screen.getByRole('form', { name: 'Sanni' });
    expect(within(sanni).getByLabelText('Miten osallistuu')).toHaveDisplayValue('Ei vielä päätetty');
    await user.selectOptions(within(sanni).getByLabelText('Miten osallistuu'), 'Piirustuksella');
    await user.type(within(sanni).getByLabelText(/Lisätieto/), 'Piirtää perheensä.');
    await user.click(within(sanni).getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual([
      'network.updateChild',
      // Sanni's participation was never saved: version 1.
      { conferenceId: CONF, childId: SANNI!.id, version: 1, participation: 'drawing', note: 'Piirtää perheensä.' },
    ]);
    await waitFor(() => expect(current().children[1]!.participation).toBe('drawing'));
    await screen.findByText('Sanni: osallistuminen tallennettu.');
  });

  it("shows each child's support person, or that none is chosen yet with a way to choose one", async () => {
    const members = network();
    const prep = makePreparation({ members });
    const maija = members[0]!;
    answerApi(call, (method, input) =>
      method === 'network.updateMember'
        ? {
            ok: true,
            value: { ...prep, members: prep.members.map((m) => (m.id === input.id ? { ...m, supportForChildIds: input.supportForChildIds, version: 2 } : m)) },
          }
        : { ok: false, error: { code: 'internal', message: 'x' } },
    );
    const { user } = await renderPage(prep);

    const aijoCard = screen.getByRole('heading', { name: 'Äijö' }).closest('li')!;
    expect(within(aijoCard).getByRole('link', { name: 'Aune Äijälä' })).toHaveAttribute(
      'href',
      `#/conferences/${CONF}/network/${members[1]!.id}`,
    );
    const sanniCard = screen.getByRole('heading', { name: 'Sanni' }).closest('li')!;
    expect(within(sanniCard).getByText('Avustajaa ei ole vielä valittu')).toBeInTheDocument();

    await user.click(within(sanniCard).getByRole('button', { name: 'Valitse avustaja' }));
    const picker = within(sanniCard).getByLabelText('Sanni: avustaja');
    // Only invited people can support a child.
    expect(within(picker).queryByRole('option', { name: /Pertti/ })).toBeNull();
    await user.selectOptions(picker, `${maija.name} (${maija.relation})`);
    await user.click(within(sanniCard).getByRole('button', { name: 'Tallenna avustaja' }));

    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    const [method, input] = apiCalls(call)[0]!;
    expect(method).toBe('network.updateMember');
    expect(input).toMatchObject({ id: maija.id, version: 1, name: 'Maija Äijälä', invite: 'invite', supportForChildIds: [SANNI!.id] });
    expect(await within(sanniCard).findByRole('link', { name: 'Maija Äijälä' })).toBeInTheDocument();
  });

  it('is read-only for a closed conference: no add buttons, disabled forms', async () => {
    const conference = makeConference({ closure: { reason: 'plan_made', text: '', closedAt: '2027-03-01T10:00:00.000Z' } });
    await renderPage(makePreparation({ conference, members: network() }));
    expect(screen.queryByRole('link', { name: 'Lisää läheinen' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Lisää työntekijä' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Valitse avustaja' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tallenna' })).toBeNull();
    for (const select of screen.getAllByLabelText('Miten osallistuu')) expect(select).toBeDisabled();
    expect(screen.getByText(/Päättynyttä neuvonpitoa ei voi muokata/)).toBeInTheDocument();
    // The people can still be opened and read.
    expect(screen.getAllByRole('link', { name: 'Aune Äijälä' }).length).toBeGreaterThan(0);
  });
});
