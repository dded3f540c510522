import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../electron/shared/i18n';
import {
  DEFAULT_CHECKLIST,
  DEFAULT_SETTINGS,
  MAX_LOGO_BYTES,
  type Settings,
} from '../../electron/shared/settings/settings.schema';
import { call, callError, countRows, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { saveSettings, settingsValues } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

/** What `settings.get` answers, as values. */
const stored = async (dispatch: Parameters<typeof saveSettings>[0]) => settingsValues(await call(dispatch, 'settings.get', {}));

describe('settings', () => {
  it('start in Finnish, every section at version 1', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect(await call(dispatch, 'settings.get', {})).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'fi',
      versions: { uiLanguage: 1, convener: 1, unit: 1, venues: 1, checklist: 1, retentionMonths: 1, confidentialityBasis: 1, mappingPlanFlipChart: 1 },
    });
  });

  it('keep a chosen language across a restart', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    const saved = await call(first.dispatch, 'settings.update', { section: 'uiLanguage', version: 1, value: 'sv' });
    expect(settingsValues(saved)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'sv' });
    expect(saved.versions).toEqual({ uiLanguage: 2, convener: 1, unit: 1, venues: 1, checklist: 1, retentionMonths: 1, confidentialityBasis: 1, mappingPlanFlipChart: 1 });
    first.close();
    const second = openTestBackend(dir);
    expect(await stored(second.dispatch)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'sv' });
  });

  it('keep the unit’s wording of the legal ground of confidentiality, by the text rule, the statutory one by default', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect((await call(dispatch, 'settings.get', {})).confidentialityBasis).toBe('JulkL 621/1999 24 § 1 mom. 25 k');
    const saved = await call(dispatch, 'settings.update', { section: 'confidentialityBasis', version: 1, value: '  JulkL 24 § 1 mom. 25 k, SHL 11 §  ' });
    expect(saved.confidentialityBasis).toBe('JulkL 24 § 1 mom. 25 k, SHL 11 §');
    expect(saved.versions.confidentialityBasis).toBe(2);
    const refused = await callError(dispatch, 'settings.update', { section: 'confidentialityBasis', version: 2, value: 'x'.repeat(121) });
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: ['value'], message: 'validation.tooLong' }] });
    expect((await call(dispatch, 'settings.get', {})).confidentialityBasis).toBe('JulkL 24 § 1 mom. 25 k, SHL 11 §');
  });

  it('refuse a language the app does not have, keeping the current one', async () => {
    const backend = openTestBackend(useTempDir());
    const saved = await saveSettings(backend.dispatch, { uiLanguage: 'en' });
    const error = await callError(backend.dispatch, 'settings.update', {
      section: 'uiLanguage',
      version: saved.versions.uiLanguage,
      value: 'de',
    });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['value'], message: 'validation.choice' }] });
    expect(await stored(backend.dispatch)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
  });

  it('refuse settings that do not exist, and an update that names no section, storing nothing', async () => {
    const backend = openTestBackend(useTempDir());
    for (const input of [{ section: 'theme', version: 1, value: 'dark' }, { theme: 'dark' }, {}]) {
      const error = await callError(backend.dispatch, 'settings.update', input);
      expect(error.code).toBe('invalid_input');
      for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    }
    expect(countRows(backend.databaseFile).setting).toBe(0);
  });

  it('refuse a section saved on a stale version, keeping what was saved', async () => {
    const backend = openTestBackend(useTempDir());
    const convener = { name: 'Åsa Öhrnberg', title: '', phone: '', email: '', hourlyRate: null };
    await call(backend.dispatch, 'settings.update', { section: 'convener', version: 1, value: convener });
    const error = await callError(backend.dispatch, 'settings.update', {
      section: 'convener',
      version: 1,
      value: { ...convener, name: 'Aune Äijälä' },
    });
    expect(error.code).toBe('conflict');
    expect((await stored(backend.dispatch)).convener).toEqual(convener);
  });

  it('fall back to Finnish when the stored language is no longer valid', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    await saveSettings(first.dispatch, { uiLanguage: 'sv' });
    first.close();
    const raw = openTestDatabaseFile(first.databaseFile, { writable: true });
    raw.prepare("UPDATE setting SET value = '\"xx\"' WHERE key = 'uiLanguage'").run();
    raw.close();
    const second = openTestBackend(dir);
    expect(await stored(second.dispatch)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fi' });
  });

  it('start with empty convener details', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect((await call(dispatch, 'settings.get', {})).convener).toEqual({ name: '', title: '', phone: '', email: '', hourlyRate: null });
  });

  it('keep the convener details across a restart without touching the language', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    await saveSettings(first.dispatch, { uiLanguage: 'sv' });
    const convener = {
      name: 'Åsa Öhrnberg',
      title: 'Koollekutsuja',
      phone: '+358 40 765 4321',
      email: 'asa@example.fi',
      hourlyRate: null,
    };
    expect(settingsValues(await saveSettings(first.dispatch, { convener }))).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'sv',
      convener,
    });
    first.close();
    const second = openTestBackend(dir);
    expect(await stored(second.dispatch)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'sv', convener });
  });

  it('refuse a convener phone number that is not one, keeping the stored details', async () => {
    const backend = openTestBackend(useTempDir());
    const convener = { name: 'Aune Äijälä', title: '', phone: '', email: '', hourlyRate: null };
    const saved = await saveSettings(backend.dispatch, { convener });
    const error = await callError(backend.dispatch, 'settings.update', {
      section: 'convener',
      version: saved.versions.convener,
      value: { ...convener, phone: 'soita' },
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['value', 'phone'], message: 'validation.phone' }],
    });
    expect((await call(backend.dispatch, 'settings.get', {})).convener).toEqual(convener);
  });

  it('refuse convener details with a field left out, keeping the stored ones', async () => {
    const backend = openTestBackend(useTempDir());
    const convener = { name: 'Aune Äijälä', title: 'Koollekutsuja', phone: '', email: '', hourlyRate: null };
    const saved = await saveSettings(backend.dispatch, { convener });
    const error = await callError(backend.dispatch, 'settings.update', {
      section: 'convener',
      version: saved.versions.convener,
      value: { name: 'Aune Äijälä', phone: '', email: '', hourlyRate: null },
    });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['value', 'title'] }] });
    expect((await call(backend.dispatch, 'settings.get', {})).convener).toEqual(convener);
  });
});

/** A real PNG image, `size` pixels square and all one colour, as a browser's file reader gives its bytes. */
function pngImage(size: number, rgb: [number, number, number] = [0, 90, 156]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first bytes of a JPEG file (SOI, APP0 "JFIF"), padded: what a .jpg renamed .png holds. */
const JPEG_BYTES = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64)]);

const UNIT: Settings['unit'] = {
  name: 'Helsingin kaupunki, Perhesosiaalityö, Läheisneuvonpito',
  postalAddress: 'PL 12345\n00099 Helsingin kaupunki',
  phone: '09 310 12345',
  email: 'laheisneuvonpito@example.fi',
  logo: { mimeType: 'image/png', data: pngImage(24).toString('base64') },
};

const VENUES: Settings['venues'] = [
  {
    id: randomUUID(),
    name: 'Perhekeskus Pihlaja',
    address: 'Pihlajatie 7, 00940 Helsinki',
    mainRoom: 'Kokoushuone Ilves',
    privateRoom: 'Neuvotteluhuone Kettu',
    capacity: 16,
    accessibility: 'Hissi, esteetön WC',
    parking: 'Pysäköinti pihalla; bussi 92',
  },
  {
    id: randomUUID(),
    name: 'Seurakuntatalo Åkerlund',
    address: 'Kyrkvägen 2, 00200 Helsingfors',
    mainRoom: 'Sali',
    privateRoom: 'Kirjasto',
    capacity: null,
    accessibility: '',
    parking: '',
  },
];

/** The default checklist reordered and re-timed, without childcare, with one item of the convener's own. */
function ownChecklist(): Settings['checklist'] {
  const [venue, invitations, interpreter, , refreshments, summary, reminders, materials] = DEFAULT_CHECKLIST;
  return [
    { ...venue!, daysBefore: 35 },
    invitations!,
    { key: randomUUID(), text: 'Varmista lasten kuljetus kouluun', daysBefore: 3 },
    interpreter!,
    refreshments!,
    summary!,
    { ...reminders!, daysBefore: 1 },
    materials!,
  ];
}

describe('the unit, venues and checklist template', () => {
  it('start empty, with the default checklist', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const settings = await call(dispatch, 'settings.get', {});
    expect(settings.unit).toEqual({ name: '', postalAddress: '', phone: '', email: '', logo: null });
    expect(settings.venues).toEqual([]);
    expect(settings.checklist.map((item) => [item.key, item.daysBefore])).toEqual([
      ['venue', 28],
      ['invitations', 21],
      ['interpreter', 14],
      ['childcare', 14],
      ['refreshments', 7],
      ['summary', 7],
      ['reminders', 2],
      ['materials', 0],
    ]);
  });

  it('keep the unit with its PNG logo, the saved venues and the checklist across a restart', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    const checklist = ownChecklist();
    const saved = await saveSettings(first.dispatch, { unit: UNIT, venues: VENUES, checklist });
    expect(settingsValues(saved)).toEqual({ ...DEFAULT_SETTINGS, unit: UNIT, venues: VENUES, checklist });
    first.close();

    const second = openTestBackend(dir);
    const reread = await call(second.dispatch, 'settings.get', {});
    expect(reread).toEqual(saved);
    // The logo comes back byte for byte.
    expect(Buffer.from(reread.unit.logo!.data, 'base64').equals(pngImage(24))).toBe(true);
    // Each is its own setting: changing one leaves the others.
    const withoutLogo = await saveSettings(second.dispatch, { unit: { ...UNIT, logo: null } });
    expect(withoutLogo).toEqual({ ...saved, unit: { ...UNIT, logo: null }, versions: { ...saved.versions, unit: 3 } });
  });

  it('keep a JPEG logo as a JPEG', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const logo = { mimeType: 'image/jpeg' as const, data: JPEG_BYTES.toString('base64') };
    expect((await saveSettings(dispatch, { unit: { ...UNIT, logo } })).unit.logo).toEqual(logo);
  });

  const refusals: [string, () => { section: string; value: unknown }, (string | number)[], string][] = [
    [
      'a logo said to be PNG that holds JPEG bytes',
      () => ({ section: 'unit', value: { ...UNIT, logo: { mimeType: 'image/png', data: JPEG_BYTES.toString('base64') } } }),
      ['value', 'logo', 'data'],
      'validation.logoType',
    ],
    [
      'a logo of a type the letters cannot show',
      () => ({ section: 'unit', value: { ...UNIT, logo: { mimeType: 'image/gif', data: UNIT.logo!.data } } }),
      ['value', 'logo', 'mimeType'],
      'validation.logoType',
    ],
    [
      'a logo that is not base64',
      () => ({ section: 'unit', value: { ...UNIT, logo: { mimeType: 'image/png', data: 'data:image/png;base64,iVBORw0KGgo=' } } }),
      ['value', 'logo', 'data'],
      'validation.logoType',
    ],
    [
      'a logo with hardly any data',
      () => ({ section: 'unit', value: { ...UNIT, logo: { mimeType: 'image/png', data: 'iVBO' } } }),
      ['value', 'logo', 'data'],
      'validation.logoType',
    ],
    [
      'a logo over 512 kB',
      () => {
        const big = Buffer.concat([pngImage(1), Buffer.alloc(MAX_LOGO_BYTES)]);
        return { section: 'unit', value: { ...UNIT, logo: { mimeType: 'image/png', data: big.toString('base64') } } };
      },
      ['value', 'logo', 'data'],
      'validation.logoTooLarge',
    ],
    [
      'a unit email that is not one',
      () => ({ section: 'unit', value: { ...UNIT, email: 'neuvonpito(at)example.fi' } }),
      ['value', 'email'],
      'validation.email',
    ],
    [
      'a saved venue without a name',
      () => ({ section: 'venues', value: [VENUES[0], { ...VENUES[1], name: '  ' }] }),
      ['value', 1, 'name'],
      'validation.required',
    ],
    [
      'a checklist template with the same key twice',
      () => ({ section: 'checklist', value: [...DEFAULT_CHECKLIST, { key: 'venue', text: '', daysBefore: 10 }] }),
      ['value', DEFAULT_CHECKLIST.length, 'key'],
      'validation.invalid',
    ],
    [
      'a template item of the convener’s own without text',
      () => ({ section: 'checklist', value: [...DEFAULT_CHECKLIST, { key: randomUUID(), text: ' ', daysBefore: 3 }] }),
      ['value', DEFAULT_CHECKLIST.length, 'text'],
      'validation.required',
    ],
    [
      'a template item due after the meeting',
      () => ({ section: 'checklist', value: [{ key: 'venue', text: '', daysBefore: -1 }] }),
      ['value', 0, 'daysBefore'],
      'validation.daysBefore',
    ],
  ];

  it.each(refusals)('refuse %s, with the field, writing nothing', async (_label, make, path, message) => {
    const backend = openTestBackend(useTempDir());
    const stored = await saveSettings(backend.dispatch, { uiLanguage: 'sv', unit: UNIT, checklist: ownChecklist() });
    const rowsBefore = countRows(backend.databaseFile);
    const { section, value } = make();
    const error = await callError(backend.dispatch, 'settings.update', {
      section,
      version: stored.versions[section as keyof typeof stored.versions],
      value,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    expect(await call(backend.dispatch, 'settings.get', {})).toEqual(stored);
  });
});
