import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import type { SavedSettings } from '../../electron/shared/settings/settings.schema';
import { api } from '../../renderer/src/api/client';
import { CommissionPage } from '../../renderer/src/features/commission/CommissionPage';
import { makeMember, makePreparation } from '../fixtures/preparation';
import { TEST_SETTINGS } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

let settings: SavedSettings;
let onUpdate: (input: Record<string, unknown>, prep: Preparation) => ApiResult<unknown>;

function setUp(prep: Preparation) {
  call.mockImplementation(async (method, input) => {
    if (method === 'settings.get') return { ok: true, value: settings };
    if (method === 'commission.update') return onUpdate(input as Record<string, unknown>, prep);
    throw new Error(`unexpected call ${method}`);
  });
}

/** The saved commission as the backend would answer it: concerns get ids, version goes up. */
function savedAnswer(input: Record<string, unknown>, prep: Preparation): ApiResult<Preparation> {
  const concerns = (input.concerns as { id?: string; text: string }[]).map((c, i) => ({
    id: c.id ?? `55555555-5555-4555-8555-00000000000${i}`,
    text: c.text,
  }));
  const { conferenceId: _id, version: _version, ...fields } = input;
  return {
    ok: true,
    value: {
      ...prep,
      commission: { ...prep.commission, ...(fields as object), concerns, version: prep.commission.version + 1 },
    },
  };
}

async function renderPage(prep = makePreparation()) {
  setUp(prep);
  const view = renderInConference(<CommissionPage />, prep);
  await screen.findByRole('form', { name: 'Toimeksiantosopimus' });
  return { ...view, user: userEvent.setup() };
}

function describedText(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function commissionCalls() {
  return call.mock.calls.filter(([method]) => method === 'commission.update');
}

beforeEach(() => {
  call.mockReset();
  settings = { ...structuredClone(TEST_SETTINGS), convener: { name: '', title: '', phone: '', email: '', hourlyRate: null } };
  onUpdate = savedAnswer;
});

describe('the commission agreement', () => {
  it('offers the social worker, the guardians and the children as checkboxes', async () => {
    await renderPage();
    expect(screen.getByRole('checkbox', { name: 'Sosiaalityöntekijä Leena Korhonen' })).toBeChecked();
    const guardians = within(screen.getByRole('group', { name: 'Huoltajat' }));
    expect(guardians.getByRole('checkbox', { name: 'Maija Äijälä' })).not.toBeChecked();
    const children = within(screen.getByRole('group', { name: 'Lapset' }));
    expect(children.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Äijö',
      'Sanni',
    ]);
    expect(children.getByRole('checkbox', { name: 'Sanni' })).not.toBeChecked();
  });

  it('adds, reorders and removes concerns with the keyboard alone', async () => {
    const { user } = await renderPage();
    expect(screen.getByText('Huolia ei ole vielä kirjattu.')).toBeInTheDocument();

    screen.getByRole('button', { name: 'Lisää huoli' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Huoli 1')).toHaveFocus();
    await user.keyboard('Koulunkäynti takkuaa');
    screen.getByRole('button', { name: 'Lisää huoli' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Huoli 2')).toHaveFocus();
    await user.keyboard('Äidin jaksaminen');

    // Move the second concern up: it becomes the first, and focus stays with it.
    screen.getByRole('button', { name: 'Siirrä ylöspäin: Huoli 2' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Huoli 1')).toHaveValue('Äidin jaksaminen');
    expect(screen.getByLabelText('Huoli 2')).toHaveValue('Koulunkäynti takkuaa');
    expect(screen.getByRole('button', { name: 'Siirrä alaspäin: Huoli 1' })).toHaveFocus();
    expect(screen.getByText('Siirretty kohtaan 1.')).toBeInTheDocument();

    // Space presses the focused button too: move it back down.
    await user.keyboard(' ');
    expect(screen.getByLabelText('Huoli 1')).toHaveValue('Koulunkäynti takkuaa');
    expect(screen.getByLabelText('Huoli 2')).toHaveValue('Äidin jaksaminen');

    screen.getByRole('button', { name: 'Poista Huoli 1' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('textbox', { name: /^Huoli \d$/ })).toHaveLength(1);
    expect(screen.getByLabelText('Huoli 1')).toHaveValue('Äidin jaksaminen');
    expect(screen.getByLabelText('Huoli 1')).toHaveFocus();
  });

  it('saves the chosen people in the conference order, the concerns in order and the dates', async () => {
    const prep = makePreparation({
      commission: {
        ...makePreparation().commission,
        concerns: [{ id: '55555555-5555-4555-8555-000000000001', text: 'Riidat kotona' }],
        version: 4,
      },
    });
    const { user, current } = await renderPage(prep);

    // No save bar before anything changes.
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Sopimuksen päivämäärä'), '12.1.2027');
    await user.click(screen.getByRole('checkbox', { name: 'Sosiaalityöntekijä Leena Korhonen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sanni' }));
    await user.click(screen.getByRole('checkbox', { name: 'Äijö' }));
    await user.click(screen.getByRole('checkbox', { name: 'Maija Äijälä' }));
    await user.click(screen.getByRole('button', { name: 'Lisää huoli' }));
    await user.type(screen.getByLabelText('Huoli 2'), '  Koulumatkat  ');
    await user.click(screen.getByRole('button', { name: 'Siirrä ylöspäin: Huoli 2' }));
    await user.type(screen.getByLabelText(/Vapautus vaitiolovelvollisuudesta/), '13.1.2027');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(commissionCalls()).toHaveLength(1));
    expect(commissionCalls()[0]?.[1]).toEqual({
      conferenceId: prep.conference.id,
      version: 4,
      agreedDate: '2027-01-12',
      socialWorkerTookPart: false,
      guardianIds: [prep.conference.guardians[0]!.id],
      childIds: prep.conference.children.map((c) => c.id),
      concerns: [{ text: 'Koulumatkat' }, { id: '55555555-5555-4555-8555-000000000001', text: 'Riidat kotona' }],
      voluntaryDate: null,
      contactConsentDate: null,
      waiverDate: '2027-01-13',
      notes: '',
    });
    await screen.findByText('Muutokset tallennettu.');
    expect(current().commission.version).toBe(5);
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  });

  it('shows a problem the backend found next to its field and keeps the changes', async () => {
    onUpdate = () => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid input',
        issues: [{ path: ['concerns', 0, 'text'], message: 'validation.identityCode' }],
      },
    });
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Lisää huoli' }));
    await user.type(screen.getByLabelText('Huoli 1'), 'Asuminen');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    const concern = screen.getByLabelText('Huoli 1');
    await waitFor(() => expect(describedText(concern)).toMatch(/Älä kirjoita henkilötunnusta/));
    expect(concern).toHaveAttribute('aria-invalid', 'true');
    expect(concern).toHaveValue('Asuminen');
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät');
    expect(screen.queryByText('Muutokset tallennettu.')).not.toBeInTheDocument();
  });

  it('refuses a concern left empty and sends nothing', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Lisää huoli' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(describedText(screen.getByLabelText('Huoli 1'))).toBe('Pakollinen tieto.'));
    expect(commissionCalls()).toHaveLength(0);
  });

  it('lists only the workers, each linking to their page, and warns where the waiver falls short', async () => {
    const covered = makeMember({
      name: 'Pirjo Ström',
      relation: 'koulukuraattori',
      sector: 'professionals',
      phone: '09 310 1234',
      email: 'pirjo.strom@example.fi',
      worker: { organisation: 'Kalliolan koulu', topic: 'Koulunkäynti', staysForPlan: true, sharingAllowed: true },
    });
    const notCovered = makeMember({
      name: 'Людмила Соколова',
      relation: 'perheohjaaja',
      sector: 'professionals',
      worker: { organisation: 'Perhetyö', topic: 'Kotikäynnit', staysForPlan: false, sharingAllowed: false },
    });
    const grandmother = makeMember({ name: 'Aune Äijälä', relation: 'mummo' });
    const prep = makePreparation({ members: [covered, grandmother, notCovered] });
    const { user } = await renderPage(prep);

    const table = screen.getByRole('table', { name: 'Tiedonantoon tulevat työntekijät' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(table).queryByText('Aune Äijälä')).not.toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Pirjo Ström' })).toHaveAttribute(
      'href',
      `#/conferences/${prep.conference.id}/network/${covered.id}`,
    );
    expect(rows[0]).toHaveTextContent('koulukuraattori');
    expect(rows[0]).toHaveTextContent('Kalliolan koulu');
    expect(rows[0]).toHaveTextContent('pirjo.strom@example.fi');
    expect(rows[1]).toHaveTextContent('Людмила Соколова');
    expect(screen.getByRole('link', { name: 'Lisää työntekijä' })).toHaveAttribute(
      'href',
      `#/conferences/${prep.conference.id}/network/new/worker`,
    );

    expect(screen.getByText(/Людмила Соколова ei ole mukana vaitiolovelvollisuuden vapautuksessa/)).toBeInTheDocument();
    expect(screen.queryByText(/Pirjo Ström ei ole mukana/)).not.toBeInTheDocument();
    const noDate = /vapautuksen päivämäärää ei ole vielä kirjattu/;
    expect(screen.getByText(noDate)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Vapautus vaitiolovelvollisuudesta/), '13.1.2027');
    expect(screen.queryByText(noDate)).not.toBeInTheDocument();
  });

  it('says so when there are no workers yet', async () => {
    await renderPage(makePreparation({ members: [makeMember({ name: 'Aune Äijälä' })] }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Työntekijöitä ei ole vielä lisätty.')).toBeInTheDocument();
  });

  it('shows the convener from the settings, or a link to add them', async () => {
    await renderPage();
    const link = await screen.findByRole('link', { name: 'Lisää omat tietosi asetuksiin' });
    expect(link).toHaveAttribute('href', '#/settings');
  });

  it('shows the stored convener details', async () => {
    settings.convener = { name: 'Kaisu Öhman', title: 'koollekutsuja', phone: '040 111 2222', email: 'kaisu@example.fi', hourlyRate: null };
    await renderPage();
    const card = screen.getByRole('region', { name: 'Koollekutsuja' });
    expect(await within(card).findByText('Kaisu Öhman')).toBeInTheDocument();
    expect(card).toHaveTextContent('koollekutsuja');
    expect(card).toHaveTextContent('040 111 2222');
    expect(card).toHaveTextContent('kaisu@example.fi');
    expect(within(card).queryByText('Lisää omat tietosi asetuksiin')).not.toBeInTheDocument();
  });

  it('is read-only for a closed conference', async () => {
    const base = makePreparation();
    const prep = makePreparation({
      conference: { ...base.conference, closure: { reason: 'plan_made', text: '', closedAt: '2027-03-01T10:00:00.000Z' } },
      commission: { ...base.commission, concerns: [{ id: '55555555-5555-4555-8555-000000000001', text: 'Riidat kotona' }] },
    });
    await renderPage(prep);
    expect(screen.getByText(/Päättynyttä neuvonpitoa ei voi muokata/)).toBeInTheDocument();
    expect(screen.getByLabelText('Huoli 1')).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Sanni' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Lisää huoli' })).toBeDisabled();
    expect(screen.queryByRole('link', { name: 'Lisää työntekijä' })).not.toBeInTheDocument();
  });
});
