import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/backend/api/dispatcher';
import { createDocumentSaver, savingDocuments, writeFileAtomic } from '../../../electron/main/document-save';
import { DOCX_MIME, type DocumentFile } from '../../../electron/shared/documents/documents.schema';
import { useTempDir } from '../../helpers/temp-dir';
import type { ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;
const BATCH = '9b2e4d7c-1f3a-4c5b-8d6e-7f8091a2b3c4';

function file(name: string, text = name): DocumentFile {
  return { name, mimeType: DOCX_MIME, bytes: new TextEncoder().encode(text) };
}

/** The app dispatcher answering every document method with `answer`. */
function dispatching(answer: DocumentFile): ReturnType<typeof vi.fn<Dispatch>> {
  return vi.fn<Dispatch>(async () => ({ ok: true, value: answer }));
}

beforeEach(() => {
  stub.dialog.showOpenDialog.mockReset();
  stub.dialog.showSaveDialog.mockReset();
  stub.app.getPath.mockImplementation(() => '/nonexistent/documents');
});

describe('saving one document', () => {
  it('asks for the file name, offering the document name, and writes the bytes there', async () => {
    const dir = useTempDir();
    const target = join(dir, 'Toimeksiantosopimus.docx');
    stub.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const dispatch = savingDocuments(dispatching(file('Toimeksiantosopimus.docx', 'sopimus')), createDocumentSaver(() => null));

    const result = await dispatch('documents.commission', { conferenceId: 'x' });

    expect(result).toEqual({ ok: true, value: { status: 'saved', names: ['Toimeksiantosopimus.docx'], location: target } });
    expect(readFileSync(target, 'utf8')).toBe('sopimus');
    expect(readdirSync(dir)).toEqual(['Toimeksiantosopimus.docx']);
    const [options] = stub.dialog.showSaveDialog.mock.calls[0] as [{ defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.defaultPath).toBe(join('/nonexistent/documents', 'Toimeksiantosopimus.docx'));
    expect(options.filters[0]?.extensions).toEqual(['docx']);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const dir = useTempDir();
    stub.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const dispatch = savingDocuments(dispatching(file('Osallistujat.docx')), createDocumentSaver(() => null));

    expect(await dispatch('documents.participants', {})).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers save_failed, and leaves no temporary file, when the place cannot be written', async () => {
    const dir = useTempDir();
    stub.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'missing-folder', 'Kutsu.docx') });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dispatch = savingDocuments(dispatching(file('Kutsu.docx')), createDocumentSaver(() => null));

    expect(await dispatch('documents.invitation', {})).toEqual({ ok: false, error: { code: 'internal', message: 'save_failed' } });
    expect(readdirSync(dir)).toEqual([]);
    logged.mockRestore();
  });

  it('passes answers of other methods, and failures of document methods, through untouched', async () => {
    const inner = vi.fn<Dispatch>(async (method) =>
      method === 'conference.list' ? { ok: true, value: [] } : { ok: false, error: { code: 'not_found', message: 'Meeting' } },
    );
    const dispatch = savingDocuments(inner, createDocumentSaver(() => null));

    expect(await dispatch('conference.list', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch('documents.checklist', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'Meeting' } });
    expect(stub.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('saving a batch', () => {
  it('asks for a folder once and writes every file of the batch into it', async () => {
    const dir = useTempDir();
    stub.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const save = createDocumentSaver(() => null);
    const names = ['Kutsu - Aune Äijälä.docx', 'Kutsu - Людмила Соколова.docx', 'Kutsu lapselle - Aino.docx'];

    for (const name of names) {
      const result = await savingDocuments(dispatching(file(name)), save)('documents.invitation', { batch: BATCH });
      expect(result).toEqual({ ok: true, value: { status: 'saved', names: [name], location: dir } });
    }

    expect(stub.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
    expect(readFileSync(join(dir, names[1]!), 'utf8')).toBe(names[1]);
  });

  it('never overwrites: a second person of the same name, or an older file, gets a numbered name', async () => {
    const dir = useTempDir();
    writeFileSync(join(dir, 'Kutsu - Matti Virtanen.docx'), 'an earlier letter');
    stub.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const save = createDocumentSaver(() => null);

    const first = await savingDocuments(dispatching(file('Kutsu - Matti Virtanen.docx', 'isä')), save)('documents.invitation', { batch: BATCH });
    const second = await savingDocuments(dispatching(file('Kutsu - Matti Virtanen.docx', 'isoisä')), save)('documents.invitation', { batch: BATCH });

    expect(first).toMatchObject({ value: { names: ['Kutsu - Matti Virtanen (2).docx'] } });
    expect(second).toMatchObject({ value: { names: ['Kutsu - Matti Virtanen (3).docx'] } });
    expect(readFileSync(join(dir, 'Kutsu - Matti Virtanen.docx'), 'utf8')).toBe('an earlier letter');
    expect(readFileSync(join(dir, 'Kutsu - Matti Virtanen (3).docx'), 'utf8')).toBe('isoisä');
  });

  it('stops the batch when the folder dialog is cancelled, writing nothing', async () => {
    stub.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const dispatch = savingDocuments(dispatching(file('Kutsu - Aune Äijälä.docx')), createDocumentSaver(() => null));

    expect(await dispatch('documents.invitation', { batch: BATCH })).toEqual({ ok: true, value: { status: 'cancelled' } });
  });
});

describe('writing a file atomically', () => {
  it('replaces an existing file whole and leaves nothing else behind', async () => {
    const dir = useTempDir();
    const target = join(dir, 'Tarkistuslista.docx');
    writeFileSync(target, 'old');

    await writeFileAtomic(target, new TextEncoder().encode('new'));

    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['Tarkistuslista.docx']);
  });
});
