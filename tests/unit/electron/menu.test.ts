import * as electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installEditContextMenu, installMenu } from '../../../electron/main/menu';
import { en } from '../../../electron/shared/i18n/en';
import { fi } from '../../../electron/shared/i18n/fi';
import { sv } from '../../../electron/shared/i18n/sv';
import type { UiLanguage } from '../../../electron/shared/i18n/locales';
import { FakeEvent, FakeWebContents, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

describe('the application menu', () => {
  const template = buildMenuTemplate({ devTools: false, language: 'fi' });

  it('has the Finnish top-level menus', () => {
    expect(template.map((menu) => menu.label)).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ikkuna', 'Ohje']);
  });

  it('labels every item from the Finnish catalog, none left in English', () => {
    const finnish = new Set<string>(Object.entries(fi).filter(([key]) => key.startsWith('menu.')).map(([, text]) => text));
    const english = new Set<string>(Object.entries(en).filter(([key]) => key.startsWith('menu.')).map(([, text]) => text));
    const labelled = items(template).filter((item) => item.type !== 'separator');
    expect(labelled.length).toBeGreaterThan(15);
    for (const item of labelled) {
      expect(item.label, `item with role ${item.role}`).toBeDefined();
      expect(finnish.has(item.label as string), item.label).toBe(true);
      expect(english.has(item.label as string), item.label).toBe(false);
    }
  });

  it('gives the edit commands their roles, so they act on the focused field', () => {
    const edit = items(template).filter((item) => item.role);
    expect(edit.map((item) => [item.role, item.label])).toEqual([
      ['quit', 'Lopeta'],
      ['undo', 'Kumoa'],
      ['redo', 'Tee uudelleen'],
      ['cut', 'Leikkaa'],
      ['copy', 'Kopioi'],
      ['paste', 'Liitä'],
      ['selectAll', 'Valitse kaikki'],
      ['reload', 'Lataa uudelleen'],
      ['resetZoom', 'Alkuperäinen koko'],
      ['zoomIn', 'Suurenna'],
      ['zoomOut', 'Pienennä'],
      ['togglefullscreen', 'Koko näyttö'],
      ['minimize', 'Pienennä ikkuna'],
      ['close', 'Sulje ikkuna'],
      ['about', 'Tietoja Neuvonpidosta'],
    ]);
  });

  it('offers developer tools only in development', () => {
    const roles = (devTools: boolean) => items(buildMenuTemplate({ devTools, language: 'fi' })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('installs the menu as the application menu', () => {
    installMenu({ devTools: false, language: 'fi' });
    expect(stub.Menu.buildFromTemplate).toHaveBeenCalledWith(buildMenuTemplate({ devTools: false, language: 'fi' }));
    expect(stub.Menu.setApplicationMenu).toHaveBeenCalledWith(stub.Menu.buildFromTemplate.mock.results[0]?.value);
  });
});

describe('the application menu in the language chosen in the app', () => {
  it('is Swedish in Swedish, every label from the Swedish catalog', () => {
    const template = buildMenuTemplate({ devTools: false, language: 'sv' });
    expect(template.map((menu) => menu.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const swedish = new Set<string>(Object.entries(sv).filter(([key]) => key.startsWith('menu.')).map(([, text]) => text));
    const labelled = items(template).filter((item) => item.type !== 'separator');
    for (const item of labelled) expect(swedish.has(item.label as string), item.label).toBe(true);
    expect(items(template).find((item) => item.role === 'quit')?.label).toBe('Avsluta');
    expect(items(template).find((item) => item.role === 'paste')?.label).toBe('Klistra in');
  });

  it('is English in English', () => {
    const template = buildMenuTemplate({ devTools: false, language: 'en' });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(template).filter((item) => item.role).map((item) => item.label)).toEqual([
      'Quit',
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Paste',
      'Select all',
      'Reload',
      'Actual size',
      'Zoom in',
      'Zoom out',
      'Full screen',
      'Minimise',
      'Close window',
      'About Neuvonpito',
    ]);
  });
});

describe('the edit context menu', () => {
  function rightClick(params: { isEditable: boolean; selectionText: string }, language: () => UiLanguage = () => 'fi') {
    const contents = new FakeWebContents();
    installEditContextMenu(contents as unknown as electron.WebContents, language);
    stub.Menu.buildFromTemplate.mockClear();
    contents.emit('context-menu', new FakeEvent(), params);
    return stub.Menu.buildFromTemplate.mock.results[0]?.value as
      | { template: MenuItemConstructorOptions[]; popup: ReturnType<typeof vi.fn> }
      | undefined;
  }

  it('offers cut, copy and paste in Finnish in a text field', () => {
    const menu = rightClick({ isEditable: true, selectionText: '' });
    expect(menu?.popup).toHaveBeenCalled();
    expect(menu?.template.map((item) => item.label).filter(Boolean)).toEqual([
      'Kumoa',
      'Tee uudelleen',
      'Leikkaa',
      'Kopioi',
      'Liitä',
      'Valitse kaikki',
    ]);
  });

  it('speaks the language chosen in the app at the moment of the click', () => {
    let language: UiLanguage = 'sv';
    const labels = () => rightClick({ isEditable: true, selectionText: '' }, () => language)?.template.map((item) => item.label).filter(Boolean);
    expect(labels()).toEqual(['Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt']);
    language = 'en';
    expect(labels()).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select all']);
  });

  it('offers it on selected text too, and nothing on plain page background', () => {
    expect(rightClick({ isEditable: false, selectionText: 'Äijö' })?.popup).toHaveBeenCalled();
    expect(rightClick({ isEditable: false, selectionText: '' })).toBeUndefined();
  });
});
