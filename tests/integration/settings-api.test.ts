import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/shared/settings/settings.schema';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

describe('settings', () => {
  it('start in Finnish', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect(await call(dispatch, 'settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fi' });
  });

  it('keep a chosen language across a restart', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    expect(await call(first.dispatch, 'settings.update', { uiLanguage: 'sv' })).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'sv',
    });
    first.close();
    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'sv' });
  });

  it('refuse a language the app does not have, keeping the current one', async () => {
    const backend = openTestBackend(useTempDir());
    await call(backend.dispatch, 'settings.update', { uiLanguage: 'en' });
    const error = await callError(backend.dispatch, 'settings.update', { uiLanguage: 'de' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['uiLanguage'], message: 'validation.choice' }],
    });
    expect(await call(backend.dispatch, 'settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
  });

  it('refuse settings that do not exist, storing nothing', async () => {
    const backend = openTestBackend(useTempDir());
    const error = await callError(backend.dispatch, 'settings.update', { theme: 'dark' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.every((issue) => issue.message === 'validation.invalid')).toBe(true);
    expect(countRows(backend.databaseFile).setting).toBe(0);
  });

  it('leave everything as it is for an empty update', async () => {
    const backend = openTestBackend(useTempDir());
    await call(backend.dispatch, 'settings.update', { uiLanguage: 'en' });
    expect(await call(backend.dispatch, 'settings.update', {})).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
  });

  it('fall back to Finnish when the stored language is no longer valid', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    await call(first.dispatch, 'settings.update', { uiLanguage: 'sv' });
    first.close();
    const raw = new Database(first.databaseFile);
    raw.prepare("UPDATE setting SET value = '\"xx\"' WHERE key = 'uiLanguage'").run();
    raw.close();
    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fi' });
  });

  it('start with empty convener details', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect((await call(dispatch, 'settings.get', {})).convener).toEqual({ name: '', title: '', phone: '', email: '' });
  });

  it('keep the convener details across a restart without touching the language', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    await call(first.dispatch, 'settings.update', { uiLanguage: 'sv' });
    const convener = {
      name: 'Åsa Öhrnberg',
      title: 'Koollekutsuja',
      phone: '+358 40 765 4321',
      email: 'asa@example.fi',
    };
    expect(await call(first.dispatch, 'settings.update', { convener })).toEqual({ uiLanguage: 'sv', convener });
    first.close();
    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'settings.get', {})).toEqual({ uiLanguage: 'sv', convener });
  });

  it('refuse a convener phone number that is not one, keeping the stored details', async () => {
    const backend = openTestBackend(useTempDir());
    const convener = { name: 'Aune Äijälä', title: '', phone: '', email: '' };
    await call(backend.dispatch, 'settings.update', { convener });
    const error = await callError(backend.dispatch, 'settings.update', { convener: { ...convener, phone: 'soita' } });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['convener', 'phone'], message: 'validation.phone' }],
    });
    expect((await call(backend.dispatch, 'settings.get', {})).convener).toEqual(convener);
  });
});
