import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';

/** The window's normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 600 };

// Anything outside these bounds is a corrupt or hand-edited file, not a real window.
const MAX_COORDINATE = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

function isSize(value: unknown, min: number): value is number {
  return isCoordinate(value) && value >= min;
}

/** The saved state in `file`, or null when it is missing, unreadable or malformed. */
export function readWindowState(file: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { x, y, width, height, maximized } = data as Record<string, unknown>;
  if (!isSize(width, MIN_WINDOW_SIZE.width) || !isSize(height, MIN_WINDOW_SIZE.height)) return null;
  const state: WindowState = { width, height, maximized: maximized === true };
  // A position is only meaningful as a pair.
  if (isCoordinate(x) && isCoordinate(y)) {
    state.x = x;
    state.y = y;
  }
  return state;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The work area that overlaps `bounds` most, or undefined when none overlaps it. */
function mostOverlapping(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

/**
 * `state` made to fit the displays that exist now, given by their work areas with the
 * primary display's first: the window moves onto the display it overlaps most and
 * shrinks to fit it. A window that overlaps no display (a monitor was unplugged) loses
 * its position, so Electron centres it on the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const { x, y, maximized } = state;
  const best =
    x !== undefined && y !== undefined
      ? mostOverlapping({ x, y, width: state.width, height: state.height }, workAreas)
      : undefined;
  const area = best ?? primary;
  const width = Math.min(state.width, area.width);
  const height = Math.min(state.height, area.height);
  if (!best || x === undefined || y === undefined) return { width, height, maximized };
  return {
    x: Math.min(Math.max(x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(y, area.y), area.y + area.height - height),
    width,
    height,
    maximized,
  };
}

/** Writes `state` to `file` atomically: a crash mid-write leaves the old file intact. */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state)}\n`, 'utf8');
  renameSync(temp, file);
}

/** The state to save for `win`: its normal bounds, so a maximised window restores well. */
export function captureWindowState(win: BrowserWindow): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized() };
}

/** Saves the window's state to `file` when it closes; a failed save only logs. */
export function trackWindowState(win: BrowserWindow, file: string): void {
  win.on('close', () => {
    try {
      writeWindowState(file, captureWindowState(win));
    } catch (error) {
      console.error('[window-state] could not save', error);
    }
  });
}
