import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

describe('settings', () => {
  it('start in Finnish', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    expect(await call(dispatch, 'settings.get', {})).toEqual({ uiLanguage: 'fi' });
  });

  it('keep a chosen language across a restart', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    expect(await call(first.dispatch, 'settings.update', { uiLanguage: 'sv' })).toEqual({ uiLanguage: 'sv' });
    first.close();
    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'settings.get', {})).toEqual({ uiLanguage: 'sv' });
  });

  it('refuse a language the app does not have, keeping the current one', async () => {
    const backend = openTestBackend(useTempDir());
    await call(backend.dispatch, 'settings.update', { uiLanguage: 'en' });
    const error = await callError(backend.dispatch, 'settings.update', { uiLanguage: 'de' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['uiLanguage'], message: 'validation.choice' }],
    });
    expect(await call(backend.dispatch, 'settings.get', {})).toEqual({ uiLanguage: 'en' });
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
    expect(await call(backend.dispatch, 'settings.update', {})).toEqual({ uiLanguage: 'en' });
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
    expect(await call(second.dispatch, 'settings.get', {})).toEqual({ uiLanguage: 'fi' });
  });
});
