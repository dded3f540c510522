import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nProvider';
import { href, parseHash, type Route } from './routes';

interface RouterValue {
  route: Route;
  navigate(route: Exclude<Route, { name: 'notFound' }>): void;
  /** While `blocked()` is true, leaving the screen asks first. Returns the removal. */
  addBlocker(blocked: () => boolean): () => void;
}

const RouterContext = createContext<RouterValue | null>(null);

/**
 * Hash routing with one guard: a screen with unsaved changes registers a blocker, and
 * any way of leaving it (a link, Back, the sidebar) shows the unsaved-changes dialog.
 */
export function RouterProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  const [pendingHash, setPendingHash] = useState<string | null>(null);
  // Several forms can be open at once (a member and one of their contacts): any dirty one blocks.
  const blockers = useRef(new Set<() => boolean>());
  const isBlocked = useCallback(() => [...blockers.current].some((blocked) => blocked()), []);
  const currentHash = useRef(window.location.hash);
  const allowNext = useRef(false);

  useEffect(() => {
    const onHashChange = () => {
      const next = window.location.hash;
      if (!allowNext.current && isBlocked()) {
        window.history.replaceState(null, '', currentHash.current || '#/conferences');
        setPendingHash(next);
        return;
      }
      allowNext.current = false;
      currentHash.current = next;
      setRoute(parseHash(next));
      window.scrollTo(0, 0);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isBlocked()) event.preventDefault();
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [isBlocked]);

  const navigate = useCallback((to: Exclude<Route, { name: 'notFound' }>) => {
    window.location.hash = href(to);
  }, []);

  /** Navigation the user confirmed, or one a save made intentional. */
  const leave = useCallback((hash: string) => {
    allowNext.current = true;
    setPendingHash(null);
    if (window.location.hash === hash) {
      allowNext.current = false;
      return;
    }
    window.location.hash = hash;
  }, []);

  const addBlocker = useCallback((blocked: () => boolean) => {
    blockers.current.add(blocked);
    return () => {
      blockers.current.delete(blocked);
    };
  }, []);

  return (
    <RouterContext.Provider value={{ route, navigate, addBlocker }}>
      {children}
      <ConfirmDialog
        open={pendingHash !== null}
        title={t('unsaved.title')}
        body={t('unsaved.body')}
        cancelLabel={t('unsaved.stay')}
        confirmLabel={t('unsaved.leave')}
        tone="danger"
        onCancel={() => setPendingHash(null)}
        onConfirm={() => pendingHash !== null && leave(pendingHash)}
      />
    </RouterContext.Provider>
  );
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside RouterProvider');
  return value;
}

/**
 * Asks before leaving while `dirty` is true. Returns a function that lets the next
 * navigation through, for when the changes were just saved.
 */
export function useUnsavedChangesGuard(dirty: boolean): () => void {
  const { addBlocker } = useRouter();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => addBlocker(() => dirtyRef.current), [addBlocker]);
  return useCallback(() => {
    dirtyRef.current = false;
  }, []);
}
