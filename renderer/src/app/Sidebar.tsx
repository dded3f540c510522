import { UI_LANGUAGES, type UiLanguage } from '../../../electron/shared/settings/settings.schema';
import { useI18n } from '../i18n/I18nProvider';
import { href } from './routes';
import { useRouter } from './Router';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** The app's main navigation and the UI language. */
export function Sidebar() {
  const { t, language, setLanguage } = useI18n();
  const { route } = useRouter();
  const onList = route.name === 'list' || route.name === 'conference' || route.name === 'member' || route.name === 'meetingMode';
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <p className="brand-name">{t('app.name')}</p>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
      </div>
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
    </aside>
  );
}
