import { Menu, type MenuItemConstructorOptions } from 'electron';
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
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
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

/** Installs the Finnish application menu. */
export function installMenu(options: { devTools: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
