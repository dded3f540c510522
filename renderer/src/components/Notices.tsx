import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

interface Notice {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

const NoticeContext = createContext<((text: string, tone?: Notice['tone']) => void) | null>(null);

const VISIBLE_MS = 5000;

/** A short confirmation ("Muutokset tallennettu.") announced politely to screen readers. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const notify = useCallback((text: string, tone: Notice['tone'] = 'success') => {
    const id = nextId.current++;
    // One at a time: the newest replaces the last, so confirmations never pile up.
    setNotices([{ id, text, tone }]);
    window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), VISIBLE_MS);
  }, []);
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <p key={notice.id} className={`notice notice-${notice.tone}`}>
            {notice.text}
          </p>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

/** Shows a short notice at the corner of the window. */
export function useNotify() {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify outside NoticeProvider');
  return notify;
}
