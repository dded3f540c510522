import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fitToDisplays,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type WindowState,
} from '../../../electron/main/window-state';
import { FakeBrowserWindow } from './electron-stub';

vi.mock('electron', async () => (await import('./electron-stub')).createElectronStub());

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neuvonpito-window-state-'));
  file = join(dir, 'window-state.json');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readWindowState', () => {
  it('reads a saved state', () => {
    writeFileSync(file, JSON.stringify({ x: 100, y: -20, width: 1280, height: 900, maximized: true }));
    expect(readWindowState(file)).toEqual({ x: 100, y: -20, width: 1280, height: 900, maximized: true });
  });

  it('is null for a missing or unparsable file', () => {
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, '{"width": 1280, "hei');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, 'null');
    expect(readWindowState(file)).toBeNull();
  });

  it.each([
    { width: '1280', height: 900 },
    { width: 1280 },
    { width: 1280.5, height: 900 },
    { width: 100, height: 900 },
    { width: 1280, height: 10 },
    { width: 1e9, height: 900 },
    [1280, 900],
  ])('is null for an invalid size: %j', (data) => {
    writeFileSync(file, JSON.stringify(data));
    expect(readWindowState(file)).toBeNull();
  });

  it('drops a position that is not a pair of whole numbers', () => {
    writeFileSync(file, JSON.stringify({ x: 100, width: 1280, height: 900 }));
    expect(readWindowState(file)).toEqual({ width: 1280, height: 900, maximized: false });
    writeFileSync(file, JSON.stringify({ x: 100, y: '5', width: 1280, height: 900, maximized: 'yes' }));
    expect(readWindowState(file)).toEqual({ width: 1280, height: 900, maximized: false });
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const monitorOnRight = { x: 1920, y: 0, width: 2560, height: 1400 };
  const size = { width: 1200, height: 800, maximized: false };

  it('keeps a window that fits where it is', () => {
    const state: WindowState = { x: 100, y: 50, ...size };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('forgets the position of a window on a display that is gone, so it opens centred', () => {
    const onMonitor: WindowState = { x: 2500, y: 200, ...size };
    expect(fitToDisplays(onMonitor, [laptop])).toEqual(size);
  });

  it('moves a window that hangs off an edge back onto the display', () => {
    expect(fitToDisplays({ x: 1500, y: -300, ...size }, [laptop])).toEqual({ x: 720, y: 0, ...size });
    expect(fitToDisplays({ x: -1000, y: 600, ...size }, [laptop])).toEqual({ x: 0, y: 240, ...size });
  });

  it('shrinks a window larger than its display', () => {
    const huge: WindowState = { x: 0, y: 0, width: 3000, height: 2000, maximized: true };
    expect(fitToDisplays(huge, [laptop])).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: true });
  });

  it('fits the window to the display it overlaps most', () => {
    const mostlyRight: WindowState = { x: 1800, y: 100, ...size };
    expect(fitToDisplays(mostlyRight, [laptop, monitorOnRight])).toEqual({ x: 1920, y: 100, ...size });
  });

  it('caps an unpositioned window to the primary display', () => {
    const big = { width: 2400, height: 1300, maximized: false };
    expect(fitToDisplays(big, [laptop, monitorOnRight])).toEqual({ width: 1920, height: 1040, maximized: false });
  });
});

describe('writeWindowState', () => {
  it('writes a state that reads back the same, leaving no temp file', () => {
    const state: WindowState = { x: 10, y: 20, width: 1024, height: 768, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('replaces an earlier state whole', () => {
    writeFileSync(file, JSON.stringify({ x: 1, y: 2, width: 900, height: 700, maximized: true, extra: 'x'.repeat(500) }));
    writeWindowState(file, { width: 1000, height: 700, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ width: 1000, height: 700, maximized: false });
  });
});

describe('trackWindowState', () => {
  it('saves the normal bounds and maximised state when the window closes', () => {
    const win = new FakeBrowserWindow({});
    trackWindowState(win as unknown as BrowserWindow, file);
    win.normalBounds = { x: 30, y: 40, width: 1300, height: 850 };
    win.maximized = true;
    expect(readWindowState(file)).toBeNull();
    win.emit('close');
    expect(readWindowState(file)).toEqual({ x: 30, y: 40, width: 1300, height: 850, maximized: true });
  });

  it('only logs when the state cannot be saved', () => {
    const win = new FakeBrowserWindow({});
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    trackWindowState(win as unknown as BrowserWindow, join(dir, 'missing-folder', 'window-state.json'));
    expect(() => win.emit('close')).not.toThrow();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
