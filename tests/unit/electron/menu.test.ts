import * as electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installEditContextMenu, installMenu } from '../../../electron/main/menu';
import { en } from '../../../electron/shared/i18n/en';
import { fi } from '../../../electron/shared/i18n/fi';
import { FakeEvent, FakeWebContents, type ElectronStub } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

const stub = electron as unknown as ElectronStub;

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...items((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

describe('the application menu', () => {
  const template = buildMenuTemplate({ devTools: false });

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
    const roles = (devTools: boolean) => items(buildMenuTemplate({ devTools })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('installs the menu as the application menu', () => {
    installMenu({ devTools: false });
    expect(stub.Menu.buildFromTemplate).toHaveBeenCalledWith(buildMenuTemplate({ devTools: false }));
    expect(stub.Menu.setApplicationMenu).toHaveBeenCalledWith(stub.Menu.buildFromTemplate.mock.results[0]?.value);
  });
});

describe('the edit context menu', () => {
  function rightClick(params: { isEditable: boolean; selectionText: string }) {
    const contents = new FakeWebContents();
    installEditContextMenu(contents as unknown as electron.WebContents);
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

  it('offers it on selected text too, and nothing on plain page background', () => {
    expect(rightClick({ isEditable: false, selectionText: 'Äijö' })?.popup).toHaveBeenCalled();
    expect(rightClick({ isEditable: false, selectionText: '' })).toBeUndefined();
  });
});
