import { app, type BrowserWindow } from 'electron';

/** Brings `win` to the front, restoring it if it was minimised. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Makes this the only running instance: two instances would write the same database.
 * Returns false (and quits) when another instance already runs; that one then comes
 * to the front instead.
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusWindow(getWindow()));
  return true;
}
