import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { translate, type MessageKey } from '../shared/i18n';
import type { UiLanguage } from '../shared/i18n/locales';

export interface MenuOptions {
  devTools: boolean;
  /** The UI language chosen in the app. */
  language: UiLanguage;
}

/**
 * The application menu in the app's language. Items use Electron roles, so they work on the
 * focused text field without any code of ours; the labels replace the roles' English
 * defaults (Electron's own, whatever the app's language). Developer tools are offered only
 * in development.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MessageKey): string => translate(options.language, key);
  return [
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    { label: t('menu.edit'), submenu: editItems(options.language) },
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

/** Undo, redo, cut, copy, paste and select all, labelled in `language`. */
function editItems(language: UiLanguage): MenuItemConstructorOptions[] {
  const t = (key: MessageKey): string => translate(language, key);
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
export function installEditContextMenu(contents: WebContents, language: () => UiLanguage): void {
  contents.on('context-menu', (_event, params) => {
    if (params.isEditable || params.selectionText.trim() !== '') {
      Menu.buildFromTemplate(editItems(language())).popup();
    }
  });
}

/** Installs the application menu; called again when the user changes the language. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
