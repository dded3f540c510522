import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import {
  DEFAULT_SETTINGS,
  MAX_LOGO_BYTES,
  type SavedSettings,
  type Settings,
  type SettingsSection,
} from '../../electron/shared/settings/settings.schema';
import { api } from '../../renderer/src/api/client';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

let stored: SavedSettings;
let onUpdate: ((input: Partial<Settings>) => ApiResult<SavedSettings>) | null;

type SectionUpdate = { section: SettingsSection; version: number; value: unknown };

beforeEach(() => {
  stored = {
    ...DEFAULT_SETTINGS,
    convener: { name: 'Kaisu Öhman', title: 'koollekutsuja', phone: '040 111 2222', email: 'kaisu.ohman@example.fi', hourlyRate: null },
    versions: { uiLanguage: 1, convener: 1, unit: 1, venues: 1, checklist: 1, retentionMonths: 1, confidentialityBasis: 1, mappingPlanFlipChart: 1 },
  };
  onUpdate = null;
  call.mockReset();
  call.mockImplementation(async (method, input) => {
    if (method === 'settings.get') return { ok: true, value: structuredClone(stored) };
    if (method === 'settings.update') {
      // As the backend: one section, whole, on the version it is at now.
      const { section, version, value } = input as SectionUpdate;
      if (onUpdate) return onUpdate({ [section]: value });
      if (version !== stored.versions[section]) {
        return { ok: false, error: { code: 'conflict', message: 'The settings was changed in the meantime; reload it.' } };
      }
      stored = { ...stored, [section]: value, versions: { ...stored.versions, [section]: version + 1 } };
      return { ok: true, value: structuredClone(stored) };
    }
    // The data transfer card asks whether the app is empty; the backups card lists the backups.
    if (method === 'conference.list') return { ok: true, value: { items: [], total: 0, offset: 0, limit: 1, anyConference: false } };
    if (method === 'backup.list') return { ok: true, value: [] };
    throw new Error(`unexpected call ${method}`);
  });
});

async function renderPage() {
  render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <SettingsPage />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Omat tiedot ja asetukset' });
  await screen.findByRole('form', { name: 'Omat tiedot ja asetukset' });
  return userEvent.setup();
}

/** The page's one save button. */
const saveButton = () => screen.getByRole('button', { name: 'Tallenna' });

/** The convener's section: the unit below it has a phone and an email too. */
function convener() {
  return within(screen.getByRole('region', { name: 'Omat tiedot' }));
}

function fieldError(label: RegExp | string, scope = convener()): string | null {
  const input = scope.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

/** The saves made, each as `{ [section]: value }`. */
function updateCalls() {
  return call.mock.calls
    .filter(([method]) => method === 'settings.update')
    .map(([method, input]) => [method, { [(input as SectionUpdate).section]: (input as SectionUpdate).value }] as const);
}

describe('the settings page', () => {
  it('shows the stored convener details and says where they are used', async () => {
    await renderPage();
    expect(convener().getByLabelText('Nimi')).toHaveValue('Kaisu Öhman');
    expect(convener().getByLabelText(/^Nimike/)).toHaveValue('koollekutsuja');
    expect(convener().getByLabelText(/^Puhelin/)).toHaveValue('040 111 2222');
    expect(convener().getByLabelText(/^Sähköposti/)).toHaveValue('kaisu.ohman@example.fi');
    expect(screen.getByText(/näkyvät toimeksiantosopimuksessa ja myöhemmin kirjeissä/)).toBeInTheDocument();
    expect(screen.getByText(/kielen voit vaihtaa sivupalkin alareunasta/)).toBeInTheDocument();
    // Nothing changed yet: no save bar.
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  });

  it('refuses a malformed email in Finnish and saves nothing', async () => {
    const user = await renderPage();
    const email = convener().getByLabelText(/^Sähköposti/);
    await user.clear(email);
    await user.type(email, 'kaisu.ohman(at)example');
    await user.click(saveButton());

    await waitFor(() => expect(fieldError(/^Sähköposti/)).toBe('Tarkista sähköpostiosoite, esim. nimi@kunta.fi.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät');
    expect(updateCalls()).toHaveLength(0);
  });

  it('saves the convener details trimmed and confirms it', async () => {
    const user = await renderPage();
    const name = convener().getByLabelText('Nimi');
    await user.clear(name);
    await user.type(name, '  Kaisu Öhman-Åström ');
    await user.clear(convener().getByLabelText(/^Puhelin/));
    await user.type(convener().getByLabelText(/^Puhelin/), '+358 40 111 2222');
    await user.click(saveButton());

    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]?.[1]).toEqual({
      convener: {
        name: 'Kaisu Öhman-Åström',
        title: 'koollekutsuja',
        phone: '+358 40 111 2222',
        email: 'kaisu.ohman@example.fi',
        hourlyRate: null,
      },
    });
    await screen.findByText('Muutokset tallennettu.');
    expect(convener().getByLabelText('Nimi')).toHaveValue('Kaisu Öhman-Åström');
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  });

  it('saves the hourly rate written in euros as cents, and refuses one that is no amount', async () => {
    const user = await renderPage();
    const rate = convener().getByLabelText(/^Tuntihinta/);
    await user.type(rate, 'paljon');
    await user.click(saveButton());
    await waitFor(() => expect(fieldError(/^Tuntihinta/)).toBe('Anna summa euroina, esim. 120,50.'));
    expect(updateCalls()).toHaveLength(0);

    await user.clear(rate);
    await user.type(rate, '48,50 €');
    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]?.[1]).toMatchObject({ convener: { hourlyRate: 4850 } });
    // Shown back as the amount a field shows.
    await waitFor(() => expect(convener().getByLabelText(/^Tuntihinta/)).toHaveValue('48,50'));
  });

  it('puts a problem the backend found next to its field', async () => {
    onUpdate = () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input', issues: [{ path: ['value', 'phone'], message: 'validation.phone' }] },
    });
    const user = await renderPage();
    await user.type(convener().getByLabelText(/^Nimike/), ' (Itä)');
    await user.click(saveButton());
    await waitFor(() => expect(fieldError(/^Puhelin/)).toMatch(/Tarkista puhelinnumero/));
    expect(screen.queryByText('Muutokset tallennettu.')).not.toBeInTheDocument();
  });
});

/** The first bytes of a real PNG, then a few more so the data is long enough to check. */
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUg==';

function unit() {
  return within(screen.getByRole('region', { name: 'Yksikkö ja kirjepohja' }));
}

describe('the confidentiality marking', () => {
  it('shows the statutory ground by default and saves the unit’s own wording', async () => {
    const user = await renderPage();
    const form = within(screen.getByRole('region', { name: 'Salassapitomerkintä' }));
    const field = form.getByLabelText(/^Salassapidon peruste/);
    expect(field).toHaveValue('JulkL 621/1999 24 § 1 mom. 25 k');
    await user.clear(field);
    await user.type(field, 'JulkL 24 § 1 mom. 25 k');
    await user.click(saveButton());

    await waitFor(() => expect(stored.confidentialityBasis).toBe('JulkL 24 § 1 mom. 25 k'));
    expect(stored.versions.confidentialityBasis).toBe(2);
  });
});

describe('the unit and its letterhead', () => {
  it('saves the unit with a logo, shown as a preview before saving', async () => {
    const user = await renderPage();
    await user.type(unit().getByLabelText(/^Yksikön nimi/), 'Lapsiperheiden sosiaalityö, Itäinen alue');
    await user.type(unit().getByLabelText(/^Postiosoite/), 'PL 4321{Enter}00099 Helsingin kaupunki');
    await user.type(unit().getByLabelText(/^Puhelin/), '09 310 12345');
    await user.type(unit().getByLabelText(/^Sähköposti/), 'neuvonpito@example.fi');
    expect(unit().getByLabelText(/^Postiosoite/)).toHaveAccessibleDescription(/ei koskaan omaa kotiosoitettasi/);
    await user.upload(unit().getByLabelText('Valitse logo'), new File([PNG_BYTES], 'logo.png', { type: 'image/png' }));
    expect(await unit().findByRole('img', { name: 'Yksikön logo' })).toHaveAttribute('src', `data:image/png;base64,${PNG_BASE64}`);

    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]?.[1]).toEqual({
      unit: {
        name: 'Lapsiperheiden sosiaalityö, Itäinen alue',
        postalAddress: 'PL 4321\n00099 Helsingin kaupunki',
        phone: '09 310 12345',
        email: 'neuvonpito@example.fi',
        logo: { mimeType: 'image/png', data: PNG_BASE64 },
      },
    });
    await screen.findByText('Muutokset tallennettu.');
  });

  it('refuses a logo of the wrong type in Finnish before sending anything', async () => {
    render(
      <I18nProvider>
        <NoticeProvider>
          <RouterProvider>
            <SettingsPage />
          </RouterProvider>
        </NoticeProvider>
      </I18nProvider>,
    );
    await screen.findByRole('region', { name: 'Yksikkö ja kirjepohja' });
    // Past the file dialog's own filter, as when "All files" is chosen there.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(unit().getByLabelText('Valitse logo'), new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(await unit().findByRole('alert')).toHaveTextContent('Logon pitää olla PNG- tai JPEG-kuva.');
    expect(unit().queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
    expect(updateCalls()).toHaveLength(0);
  });

  it('refuses a logo over 512 kB in Finnish', async () => {
    const user = await renderPage();
    const big = new File([new Uint8Array(MAX_LOGO_BYTES + 1)], 'logo.png', { type: 'image/png' });
    await user.upload(unit().getByLabelText('Valitse logo'), big);
    expect(await unit().findByRole('alert')).toHaveTextContent('Logo on liian suuri. Enintään 512 kt.');
    expect(updateCalls()).toHaveLength(0);
  });

  it('removes a stored logo', async () => {
    stored = { ...stored, unit: { ...stored.unit, name: 'Perheneuvonpito', logo: { mimeType: 'image/png', data: PNG_BASE64 } } };
    const user = await renderPage();
    expect(unit().getByRole('img', { name: 'Yksikön logo' })).toBeInTheDocument();
    await user.click(unit().getByRole('button', { name: 'Poista logo' }));
    expect(unit().getByText('Ei logoa')).toBeInTheDocument();
    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect((updateCalls()[0]?.[1] as Partial<Settings>).unit?.logo).toBeNull();
  });
});

function venues() {
  return within(screen.getByRole('region', { name: 'Tallennetut paikat' }));
}

describe('saved venues', () => {
  it('adds a venue with the fields of a meeting place and saves the list', async () => {
    const user = await renderPage();
    expect(venues().getByText('Ei vielä tallennettuja paikkoja.')).toBeInTheDocument();
    await user.click(venues().getByRole('button', { name: 'Lisää paikka' }));
    const place = within(venues().getByRole('group', { name: 'Paikka 1' }));
    await user.type(place.getByLabelText(/^Paikan nimi/), 'Perhekeskus Koivikko');
    await user.type(place.getByLabelText(/^Osoite/), 'Koivikontie 5, 00940 Helsinki');
    await user.type(place.getByLabelText(/^Erillinen huone/), 'Neuvotteluhuone Kuusi');
    await user.type(place.getByLabelText(/^Tilaan mahtuu/), '16');
    // The fieldset takes the name as it is typed.
    expect(venues().getByRole('group', { name: 'Perhekeskus Koivikko' })).toBeInTheDocument();

    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    const sent = (updateCalls()[0]?.[1] as Partial<Settings>).venues;
    expect(sent).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Perhekeskus Koivikko',
        address: 'Koivikontie 5, 00940 Helsinki',
        mainRoom: '',
        privateRoom: 'Neuvotteluhuone Kuusi',
        capacity: 16,
        accessibility: '',
        parking: '',
      },
    ]);
  });

  it('needs a name for a venue', async () => {
    const user = await renderPage();
    await user.click(venues().getByRole('button', { name: 'Lisää paikka' }));
    await user.click(saveButton());
    await waitFor(() => expect(fieldError(/^Paikan nimi/, venues())).toBe('Pakollinen tieto.'));
    expect(updateCalls()).toHaveLength(0);
  });

  it('removes a venue', async () => {
    const keep = { id: '88888888-8888-4888-8888-000000000001', name: 'Perhekeskus Koivikko', address: '', mainRoom: '', privateRoom: '', capacity: null, accessibility: '', parking: '' };
    const drop = { ...keep, id: '88888888-8888-4888-8888-000000000002', name: 'Nuorisotalo Kipinä', capacity: 30 };
    stored = { ...stored, venues: [keep, drop] };
    const user = await renderPage();
    await user.click(venues().getByRole('button', { name: 'Poista paikka Nuorisotalo Kipinä' }));
    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    expect(updateCalls()[0]?.[1]).toEqual({ venues: [keep] });
  });

  it('saves the list on the version it showed, goes on from the saved one, and says so when another window saved in between', async () => {
    const user = await renderPage();
    await user.click(venues().getByRole('button', { name: 'Lisää paikka' }));
    await user.type(venues().getByLabelText(/^Paikan nimi/), 'Perhekeskus Koivikko');
    await user.click(saveButton());
    await waitFor(() => expect(stored.venues.map((v) => v.name)).toEqual(['Perhekeskus Koivikko']));
    const saves = () => call.mock.calls.filter(([method]) => method === 'settings.update').map(([, input]) => input as SectionUpdate);
    expect(saves()[0]).toMatchObject({ section: 'venues', version: 1 });

    // A second save from the same form goes on from version 2.
    await user.type(venues().getByLabelText(/^Pysäköinti/), 'Piha');
    await user.click(saveButton());
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]).toMatchObject({ section: 'venues', version: 2 });

    // Another window saves the venues: this form's copy is stale, and its save is refused.
    stored = { ...stored, venues: [], versions: { ...stored.versions, venues: 4 } };
    await user.type(venues().getByLabelText(/^Pysäköinti/), ', bussi 92');
    await user.click(saveButton());
    expect(await screen.findByText(/Tieto on muuttunut sillä välin/)).toBeInTheDocument();
    expect(stored.venues).toEqual([]);
    expect(venues().getByLabelText(/^Pysäköinti/)).toHaveValue('Piha, bussi 92');
  });
});

function checklist() {
  return within(screen.getByRole('region', { name: 'Tarkistuslistan oletuskohdat' }));
}

describe('the default checklist', () => {
  it('edits the days, removes and restores a built-in item, and adds an own item', async () => {
    const user = await renderPage();
    const venueDays = checklist().getByLabelText('Päiviä ennen tapaamista: Tila varattu');
    expect(venueDays).toHaveValue(28);
    await user.clear(venueDays);
    await user.type(venueDays, '35');

    await user.click(checklist().getByRole('button', { name: 'Poista kohta Muistutuspuhelut soitettu' }));
    await user.click(checklist().getByRole('button', { name: 'Poista kohta Tarvikkeet valmiina' }));
    await user.click(checklist().getByRole('button', { name: 'Palauta 2 oletuskohtaa' }));
    expect(checklist().getByLabelText('Päiviä ennen tapaamista: Muistutuspuhelut soitettu')).toHaveValue(2);
    await user.click(checklist().getByRole('button', { name: 'Poista kohta Tarvikkeet valmiina' }));

    await user.click(checklist().getByRole('button', { name: 'Lisää oma kohta' }));
    await user.type(checklist().getByLabelText('Oma kohta 8'), 'Tulosta nimilaput');
    const ownDays = checklist().getByLabelText('Päiviä ennen tapaamista: Tulosta nimilaput');
    await user.clear(ownDays);
    await user.type(ownDays, '1');

    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(1));
    const sent = (updateCalls()[0]?.[1] as Partial<Settings>).checklist;
    expect(sent).toEqual([
      { key: 'venue', text: '', daysBefore: 35 },
      { key: 'invitations', text: '', daysBefore: 21 },
      { key: 'interpreter', text: '', daysBefore: 14 },
      { key: 'childcare', text: '', daysBefore: 14 },
      { key: 'refreshments', text: '', daysBefore: 7 },
      { key: 'summary', text: '', daysBefore: 7 },
      { key: 'reminders', text: '', daysBefore: 2 },
      { key: expect.stringMatching(/^[0-9a-f-]{36}$/), text: 'Tulosta nimilaput', daysBefore: 1 },
    ]);
  });

  it('refuses days outside 0–120 and an own item without text, in Finnish', async () => {
    const user = await renderPage();
    const days = checklist().getByLabelText('Päiviä ennen tapaamista: Kutsut lähetetty');
    await user.clear(days);
    await user.type(days, '200');
    await user.click(checklist().getByRole('button', { name: 'Lisää oma kohta' }));
    await user.click(saveButton());
    expect(await checklist().findByText('Anna päivien määrä 0–120.')).toBeInTheDocument();
    expect(checklist().getByText('Pakollinen tieto.')).toBeInTheDocument();
    expect(updateCalls()).toHaveLength(0);
  });
});

describe('one save for the whole page', () => {
  beforeEach(() => {
    stored = { ...stored, convener: { name: '', title: '', phone: '', email: '', hourlyRate: null } };
  });

  /** Presses Tab until `target` has the focus, as a keyboard user does; fails if it never does. */
  async function tabTo(user: ReturnType<typeof userEvent.setup>, target: () => HTMLElement) {
    for (let i = 0; i < 200 && document.activeElement !== target(); i += 1) await user.tab();
    expect(document.activeElement).toBe(target());
  }

  it('a keyboard user types the name and the phone, goes on to the unit, and one Tallenna saves them all', async () => {
    await renderPage();
    // No pause between keys: the walk to the button passes every field of the page.
    const user = userEvent.setup({ delay: null });
    await tabTo(user, () => convener().getByLabelText('Nimi'));
    await user.keyboard('Kaisu Öhman');
    await user.tab(); // Nimike
    await user.tab(); // Puhelin
    expect(document.activeElement).toBe(convener().getByLabelText(/^Puhelin/));
    await user.keyboard('040 111 2222');
    // On to the next card, as the keyboard goes: the unit's phone too.
    await tabTo(user, () => unit().getByLabelText(/^Puhelin/));
    await user.keyboard('09 310 12345');
    // The one save button comes after every field of the page.
    await tabTo(user, saveButton);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(stored.versions.unit).toBe(2));
    expect(stored.convener).toMatchObject({ name: 'Kaisu Öhman', phone: '040 111 2222' });
    expect(stored.unit.phone).toBe('09 310 12345');
    // Only what changed was sent, each section on the version the page showed.
    expect(updateCalls().map(([, value]) => Object.keys(value)[0])).toEqual(['convener', 'unit']);
    expect(await screen.findByText('Muutokset tallennettu.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  }, 60_000);

  it('asks before leaving with unsaved changes, keeps what was typed when the user stays, and lets go after a save', async () => {
    const user = await renderPage();
    await user.type(convener().getByLabelText('Nimi'), 'Kaisu Öhman');
    window.location.hash = '#/conferences';
    const dialog = await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' });
    await user.click(within(dialog).getByRole('button', { name: 'Jatka muokkausta' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(convener().getByLabelText('Nimi')).toHaveValue('Kaisu Öhman');
    expect(updateCalls()).toHaveLength(0);

    await user.click(saveButton());
    await screen.findByText('Muutokset tallennettu.');
    window.location.hash = '#/conferences';
    await waitFor(() => expect(window.location.hash).toBe('#/conferences'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    window.location.hash = '';
  });

  it('keeps every change when one section is refused, and does not send again the ones that were saved', async () => {
    const user = await renderPage();
    await user.type(convener().getByLabelText('Nimi'), 'Kaisu Öhman');
    await user.click(venues().getByRole('button', { name: 'Lisää paikka' }));
    await user.type(venues().getByLabelText(/^Paikan nimi/), 'Perhekeskus Koivikko');
    // Another window saved the venues meanwhile.
    stored = { ...stored, versions: { ...stored.versions, venues: 3 } };
    await user.click(saveButton());
    expect(await screen.findByText(/Tieto on muuttunut sillä välin/)).toBeInTheDocument();
    expect(stored.convener.name).toBe('Kaisu Öhman');
    expect(venues().getByLabelText(/^Paikan nimi/)).toHaveValue('Perhekeskus Koivikko');
    expect(convener().getByLabelText('Nimi')).toHaveValue('Kaisu Öhman');

    await user.click(saveButton());
    await waitFor(() => expect(updateCalls()).toHaveLength(3));
    expect(updateCalls().map(([, value]) => Object.keys(value)[0])).toEqual(['convener', 'venues', 'venues']);
  });
});

describe('the error summary', () => {
  it('lists each marked field as a link that moves the focus to it', async () => {
    const user = await renderPage();
    const email = convener().getByLabelText(/^Sähköposti/);
    await user.clear(email);
    await user.type(email, 'kaisu.ohman(at)example');
    const days = checklist().getByLabelText('Päiviä ennen tapaamista: Kutsut lähetetty');
    await user.clear(days);
    await user.type(days, '200');
    await user.click(saveButton());

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Tarkista merkityt kentät');
    const links = await within(summary).findAllByRole('link');
    expect(links.map((link) => link.textContent?.replace(/[\u2068\u2069]/g, ''))).toEqual([
      'Sähköposti: Tarkista sähköpostiosoite, esim. nimi@kunta.fi.',
      'Päiviä ennen tapaamista: Kutsut lähetetty: Anna päivien määrä 0–120.',
    ]);

    await user.click(links[1]!);
    expect(checklist().getByLabelText('Päiviä ennen tapaamista: Kutsut lähetetty')).toHaveFocus();
    // By keyboard too, and the app does not take the link for a route.
    links[0]!.focus();
    await user.keyboard('{Enter}');
    expect(convener().getByLabelText(/^Sähköposti/)).toHaveFocus();
    expect(window.location.hash).toBe('');
    expect(screen.getByRole('heading', { level: 1, name: 'Omat tiedot ja asetukset' })).toBeInTheDocument();

    // Mended fields leave the summary as the next save finds them in order.
    await user.clear(days);
    await user.type(days, '21');
    await user.click(saveButton());
    await waitFor(() => expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1));
    expect(updateCalls()).toHaveLength(0);
  });
});
