import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/backend/api/dispatcher';
import { createDocumentSaver, saveDialogTexts } from '../../../electron/main/document-save';
import { followingUiLanguage, storedUiLanguage, unsavedCloseQuestion } from '../../../electron/main/shell-language';
import { CSV_MIME, DOCX_MIME, ICS_MIME, JSON_MIME, SQLITE_MIME, type DocumentFile } from '../../../electron/shared/documents/documents.schema';
import type { UiLanguage } from '../../../electron/shared/i18n/locales';
import type { ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;

/** A backend whose settings say `language`, and which answers anything else with `{ ok: true }`. */
function backendIn(language: UiLanguage) {
  return vi.fn<Dispatch>(async (method, input) => {
    if (method === 'settings.update') return { ok: true, value: { uiLanguage: (input as { value: UiLanguage }).value } };
    if (method === 'settings.get') return { ok: true, value: { uiLanguage: language } };
    return { ok: true, value: { uiLanguage: 'en' } };
  });
}

describe('the language the shell learns from the app', () => {
  it('reads the stored language at start, Finnish when the settings cannot be read', async () => {
    expect(await storedUiLanguage(backendIn('sv'))).toBe('sv');
    expect(await storedUiLanguage(async () => ({ ok: false, error: { code: 'internal', message: 'x' } }))).toBe('fi');
    expect(await storedUiLanguage(async () => ({ ok: true, value: { uiLanguage: 'de' } }))).toBe('fi');
  });

  it('follows a language the app saves or reads, and nothing else', async () => {
    const heard: UiLanguage[] = [];
    const dispatch = followingUiLanguage(backendIn('sv'), (language) => heard.push(language));
    await dispatch('settings.update', { section: 'uiLanguage', version: 1, value: 'en' });
    await dispatch('settings.get', {});
    // Another method's answer that happens to carry the word says nothing about the app's language.
    await dispatch('conference.list', {});
    expect(heard).toEqual(['en', 'sv']);
  });

  it('passes every answer on unchanged', async () => {
    const dispatch = followingUiLanguage(backendIn('sv'), () => undefined);
    expect(await dispatch('conference.list', {})).toEqual({ ok: true, value: { uiLanguage: 'en' } });
  });
});

describe('the unsaved-changes question on closing the window', () => {
  it('is in Swedish and in English, keeping "keep editing" the safe default', () => {
    expect(unsavedCloseQuestion('sv')).toMatchObject({
      message: 'Osparade ändringar',
      buttons: ['Fortsätt redigera', 'Lämna utan att spara'],
      defaultId: 0,
      cancelId: 0,
    });
    expect(unsavedCloseQuestion('en')).toMatchObject({
      message: 'Unsaved changes',
      detail: 'The form has changes that have not been saved. If you leave, they are lost.',
      buttons: ['Keep editing', 'Leave without saving'],
    });
  });
});

function file(name: string, mimeType: DocumentFile['mimeType'] = DOCX_MIME): DocumentFile {
  return { name, mimeType, bytes: new TextEncoder().encode(name) };
}

describe('the save dialogs', () => {
  beforeEach(() => {
    stub.dialog.showOpenDialog.mockReset();
    stub.dialog.showSaveDialog.mockReset();
    stub.app.getPath.mockImplementation(() => '/nonexistent/documents');
  });

  it('name every kind of file in Swedish and English', () => {
    expect(([DOCX_MIME, ICS_MIME, SQLITE_MIME, JSON_MIME] as const).map((mime) => saveDialogTexts('sv', mime).filterName)).toEqual([
      'Word-dokument',
      'Kalenderhändelse',
      'Säkerhetskopia (krypterad)',
      'JSON-fil',
    ]);
    expect(saveDialogTexts('en', DOCX_MIME)).toEqual({
      folderTitle: 'Choose the folder for the letters',
      folderButton: 'Save in this folder',
      fileTitle: 'Save the document',
      filterName: 'Word document',
    });
    // Every kind has its own words in each language, none left in Finnish.
    for (const mime of [DOCX_MIME, ICS_MIME, SQLITE_MIME, JSON_MIME, CSV_MIME] as const) {
      expect(saveDialogTexts('sv', mime).filterName).not.toBe(saveDialogTexts('fi', mime).filterName);
      expect(saveDialogTexts('en', mime).filterName).not.toBe(saveDialogTexts('fi', mime).filterName);
    }
  });

  it('ask in the language the app speaks when the dialog opens', async () => {
    let language: UiLanguage = 'sv';
    const save = createDocumentSaver(() => null, () => language);
    stub.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await save(file('Kallelse.docx'), undefined);
    expect(stub.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Spara dokumentet',
      filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
    });

    language = 'en';
    stub.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await save(file('Invitation.docx'), '9b2e4d7c-1f3a-4c5b-8d6e-7f8091a2b3c4');
    expect(stub.dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Choose the folder for the letters',
      buttonLabel: 'Save in this folder',
    });
  });
});
