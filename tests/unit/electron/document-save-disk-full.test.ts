import { writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/backend/api/dispatcher';
import { savingDocuments, type SaveDocument } from '../../../electron/main/document-save';
import { DOCX_MIME, type DocumentFile } from '../../../electron/shared/documents/documents.schema';
import { translate } from '../../../electron/shared/i18n';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const letter: DocumentFile = { name: 'Kutsu.docx', mimeType: DOCX_MIME, bytes: new TextEncoder().encode('kirje') };
const dispatch: Dispatch = async () => ({ ok: true, value: letter });

describe('saving a document on a full disk', () => {
  it('answers disk_full, which the window shows as "the disk is full"', async () => {
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const save: SaveDocument = async (file) => {
      await writeFile('/dev/full', file.bytes);
      return { status: 'saved', names: [file.name], location: '/dev' };
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const result = await savingDocuments(dispatch, save)('documents.invitation', {});

    expect(result).toEqual({ ok: false, error: { code: 'disk_full', message: 'Disk full' } });
    expect(translate('fi', 'error.disk_full')).toBe('Levy on täynnä. Vapauta tilaa ja yritä uudelleen – mitään ei tallennettu.');
    logged.mockRestore();
  });
});
