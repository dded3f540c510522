import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { UI_LANGUAGES, type UiLanguage } from '../../../electron/shared/i18n/locales';
import { useI18n } from '../i18n/I18nProvider';
import { href } from './routes';
import { useRouter } from './Router';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/**
 * The app's main navigation and the UI language. In a narrow window (200 % zoom on a laptop,
 * half a small screen) it folds into a bar with a menu button that opens it in place; the
 * stylesheet decides when, so the button is there but hidden in a wide window.
 */
export function Sidebar() {
  const { t, language, setLanguage } = useI18n();
  const { route } = useRouter();
  const [open, setOpen] = useState(false);
  const aside = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const onList = route.name === 'list' || route.name === 'conference' || route.name === 'member' || route.name === 'meetingMode';

  // A link chosen from the opened menu closes it; the focus, if the closing took it away, goes to the page.
  useEffect(() => {
    setOpen(false);
    const focused = document.activeElement;
    if (focused && focused !== menuButton.current && aside.current?.contains(focused)) {
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === focused) document.getElementById('main')?.focus();
      });
    }
  }, [route]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    menuButton.current?.focus();
  };

  return (
    <aside ref={aside} className="sidebar" data-open={open ? 'true' : 'false'} onKeyDown={onKeyDown}>
      <div className="sidebar-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="sidebar-panel"
          onClick={() => setOpen((was) => !was)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
      </div>
      <div id="sidebar-panel" className="sidebar-panel">
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            <li>
              <a className="nav-link" href={href({ name: 'list' })} aria-current={onList ? 'page' : undefined}>
                {t('nav.conferences')}
              </a>
            </li>
            <li>
              <a className="nav-link" href={href({ name: 'week' })} aria-current={route.name === 'week' ? 'page' : undefined}>
                {t('nav.week')}
              </a>
            </li>
            <li>
              <a className="nav-link" href={href({ name: 'statistics' })} aria-current={route.name === 'statistics' ? 'page' : undefined}>
                {t('nav.statistics')}
              </a>
            </li>
            <li>
              <a className="nav-link" href={href({ name: 'new' })} aria-current={route.name === 'new' ? 'page' : undefined}>
                {t('nav.newConference')}
              </a>
            </li>
            <li>
              <a
                className="nav-link"
                href={href({ name: 'settings' })}
                aria-current={route.name === 'settings' ? 'page' : undefined}
              >
                {t('nav.settings')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="sidebar-footer">
          <label htmlFor="ui-language" className="sidebar-label">
            {t('app.language')}
          </label>
          <select id="ui-language" value={language} onChange={(e) => void setLanguage(e.target.value as UiLanguage)}>
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
          <p className="sidebar-note">{t('app.privacyNote')}</p>
        </div>
      </div>
    </aside>
  );
}
