import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { translate, type MessageKey } from '../shared/i18n';

const t = (key: MessageKey): string => translate('fi', key);

/**
 * The application menu in Finnish. Items use Electron roles, so they work on the
 * focused text field without any code of ours; the labels replace the roles' English
 * defaults. Developer tools are offered only in development.
 */
export function buildMenuTemplate(options: { devTools: boolean }): MenuItemConstructorOptions[] {
  return [
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    { label: t('menu.edit'), submenu: editItems() },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'reload', label: t('menu.reload') },
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'close', label: t('menu.close') },
      ],
    },
    { label: t('menu.help'), submenu: [{ role: 'about', label: t('menu.about') }] },
  ];
}

/** Undo, redo, cut, copy, paste and select all, labelled in Finnish. */
function editItems(): MenuItemConstructorOptions[] {
  return [
    { role: 'undo', label: t('menu.undo') },
    { role: 'redo', label: t('menu.redo') },
    { type: 'separator' },
    { role: 'cut', label: t('menu.cut') },
    { role: 'copy', label: t('menu.copy') },
    { role: 'paste', label: t('menu.paste') },
    { role: 'selectAll', label: t('menu.selectAll') },
  ];
}

/**
 * Right-click in a text field or on selected text offers the edit items: Electron shows
 * no context menu by default, and office users paste with the mouse.
 */
export function installEditContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    if (params.isEditable || params.selectionText.trim() !== '') {
      Menu.buildFromTemplate(editItems()).popup();
    }
  });
}

/** Installs the Finnish application menu. */
export function installMenu(options: { devTools: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
