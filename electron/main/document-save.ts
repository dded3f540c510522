import { randomUUID } from 'node:crypto';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, parse } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Dispatch } from '../backend/api/dispatcher';
import { storageProblem } from '../backend/errors';
import { isDocumentMethod } from '../shared/api/methods';
import { CSV_MIME, DOCX_MIME, ICS_MIME, JSON_MIME, SAVE_FAILED, SQLITE_MIME, type DocumentFile, type ExportOutcome } from '../shared/documents/documents.schema';
import { translate, type MessageKey } from '../shared/i18n';
import type { UiLanguage } from '../shared/i18n/locales';

/** Writes `bytes` to `target` whole or not at all: a temporary file beside it, then a rename. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${parse(target).name}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx', flush: true });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `name` in `folder`, or "name (2).ext" and so on when that is taken: a batch never overwrites. */
async function freeName(folder: string, name: string, taken: Set<string>): Promise<string> {
  const { name: stem, ext } = parse(name);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    // Windows file names are case-insensitive.
    if (!taken.has(candidate.toLowerCase()) && !(await exists(join(folder, candidate)))) return candidate;
  }
}

/** What the save dialog calls each kind of file. */
const FILTER_NAMES: Record<DocumentFile['mimeType'], MessageKey> = {
  [DOCX_MIME]: 'exports.filter.word',
  [ICS_MIME]: 'exports.filter.calendar',
  [SQLITE_MIME]: 'exports.filter.backup',
  [JSON_MIME]: 'transfer.filter.json',
  [CSV_MIME]: 'statisticsPage.filter.csv',
};

interface Batch {
  folder: string;
  /** Lower-case names written in this batch. */
  taken: Set<string>;
}

/** Batches remembered at once; an old one is forgotten first. */
const MAX_BATCHES = 20;

/** The texts of the save dialogs in `language`: the folder a batch goes to, and one file of `mimeType`. */
export function saveDialogTexts(language: UiLanguage, mimeType: DocumentFile['mimeType']) {
  const t = (key: MessageKey): string => translate(language, key);
  return {
    folderTitle: t('exports.dialog.folder'),
    folderButton: t('exports.dialog.choose'),
    fileTitle: t('exports.dialog.file'),
    filterName: t(FILTER_NAMES[mimeType]),
  };
}

/**
 * Saves the files the document methods build: one file asks for its name, a batch asks
 * once for a folder and writes every file of the batch into it. The renderer only ever
 * names a batch by an id it made up; it never passes a path. The dialogs speak the
 * app's language, as `language` says at the moment they open.
 */
export function createDocumentSaver(getWindow: () => BrowserWindow | null, language: () => UiLanguage = () => 'fi') {
  const batches = new Map<string, Batch>();
  let lastFolder: string | null = null;

  async function chooseFolder(win: BrowserWindow | null, file: DocumentFile): Promise<string | null> {
    const texts = saveDialogTexts(language(), file.mimeType);
    const options = {
      title: texts.folderTitle,
      buttonLabel: texts.folderButton,
      defaultPath: lastFolder ?? app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  }

  async function chooseFile(win: BrowserWindow | null, file: DocumentFile): Promise<string | null> {
    const texts = saveDialogTexts(language(), file.mimeType);
    const options = {
      title: texts.fileTitle,
      defaultPath: join(lastFolder ?? app.getPath('documents'), file.name),
      filters: [{ name: texts.filterName, extensions: [extname(file.name).slice(1)] }],
    };
    const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  }

  return async function save(file: DocumentFile, batchId: string | undefined): Promise<ExportOutcome> {
    const win = getWindow();
    if (batchId === undefined) {
      const target = await chooseFile(win, file);
      if (target === null) return { status: 'cancelled' };
      await writeFileAtomic(target, file.bytes);
      lastFolder = dirname(target);
      return { status: 'saved', names: [parse(target).base], location: target };
    }
    let batch = batches.get(batchId);
    if (!batch) {
      const folder = await chooseFolder(win, file);
      if (folder === null) return { status: 'cancelled' };
      batch = { folder, taken: new Set() };
      batches.set(batchId, batch);
      if (batches.size > MAX_BATCHES) batches.delete(batches.keys().next().value as string);
      lastFolder = folder;
    }
    const name = await freeName(batch.folder, file.name, batch.taken);
    batch.taken.add(name.toLowerCase());
    await writeFileAtomic(join(batch.folder, name), file.bytes);
    return { status: 'saved', names: [name], location: batch.folder };
  };
}

export type SaveDocument = ReturnType<typeof createDocumentSaver>;

/**
 * The dispatcher as the app window sees it: a document method's file is saved where
 * the user chooses, and the window learns only the outcome, never the bytes.
 */
export function savingDocuments(dispatch: Dispatch, save: SaveDocument): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (!result.ok || !isDocumentMethod(method)) return result;
    const batch = (input as { batch?: unknown } | null)?.batch;
    try {
      return { ok: true, value: await save(result.value as DocumentFile, typeof batch === 'string' ? batch : undefined) };
    } catch (error) {
      console.error('[main] could not save a document', error);
      // A full disk is said as such; any other failure points at the chosen folder.
      if (storageProblem(error) === 'disk_full') return { ok: false, error: { code: 'disk_full', message: 'Disk full' } };
      return { ok: false, error: { code: 'internal', message: SAVE_FAILED } };
    }
  };
}
