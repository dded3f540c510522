import { useEffect, useRef } from 'react';
import type { Route } from './routes';

/** Long enough for a slow load on a busy laptop; after it the focus goes where it can. */
const GIVE_UP_MS = 15_000;

function sameConference(a: Route, b: Route): boolean {
  const inside = (r: Route) => r.name === 'conference' || r.name === 'member';
  return inside(a) && inside(b) && 'id' in a && 'id' in b && a.id === b.id;
}

function focusOn(element: HTMLElement) {
  // A heading is not focusable by itself: -1 lets the script focus it without adding a tab stop.
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/**
 * Where the focus goes after a navigation: to the new page's `h1` once the page has loaded
 * (no `.loading` left), or to the tab panel's first heading when only the conference's tab
 * changed. Without this the focus stays on `<body>` and a screen reader user hears nothing.
 */
export function useRouteFocus(route: Route, main: () => HTMLElement | null): void {
  const previous = useRef<Route | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = route;
    // The first screen of the app: the window itself gets the focus, nothing to move.
    if (before === null) return;
    const root = main();
    if (!root) return;
    const inTab = sameConference(before, route);
    const target = (): HTMLElement | null => {
      const scope = inTab ? root.querySelector<HTMLElement>('.tab-panel') : root;
      if (!scope || scope.querySelector('.loading')) return null;
      return inTab
        ? (scope.querySelector<HTMLElement>('h2, h3') ?? scope)
        : (scope.querySelector<HTMLElement>('h1') ?? scope.querySelector<HTMLElement>('h2'));
    };
    const settle = (): boolean => {
      const element = target();
      if (!element) return false;
      focusOn(element);
      return true;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    const timer = window.setTimeout(() => {
      stop();
      focusOn(root.querySelector<HTMLElement>('h1') ?? root);
    }, GIVE_UP_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [route, main]);
}
