import { UI_LANGUAGES, type UiLanguage } from '../../../electron/shared/settings/settings.schema';
import { NoticeProvider } from '../components/Notices';
import { ConferenceNotFound } from '../features/conferences/ConferenceNotFound';
import { ConferenceListPage } from '../features/conferences/ConferenceListPage';
import { ConferencePage } from '../features/conferences/ConferencePage';
import { NewConferencePage } from '../features/conferences/NewConferencePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WeekPage } from '../features/week/WeekPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { RetentionQuestion } from '../features/retention/RetentionQuestion';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { href } from './routes';
import { RouterProvider, useRouter } from './Router';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

function Sidebar() {
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

function Screen() {
  const { route } = useRouter();
  switch (route.name) {
    case 'list':
      return <ConferenceListPage />;
    case 'new':
      return <NewConferencePage />;
    case 'conference':
    case 'member':
    case 'meetingMode':
      return <ConferencePage key={route.id} route={route} />;
    case 'settings':
      return <SettingsPage />;
    case 'week':
      return <WeekPage from={route.from} />;
    case 'statistics':
      return <StatisticsPage />;
    case 'notFound':
      return <ConferenceNotFound />;
  }
}

function Shell() {
  const { t } = useI18n();
  const { route } = useRouter();
  // The meeting view is used on the day, on a laptop by a flip chart: the whole width is its.
  const focus = route.name === 'meetingMode';
  return (
    <div className={focus ? 'shell shell-focus' : 'shell'}>
      {/* A button, not a #main link: the hash is the router's. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      {!focus && <Sidebar />}
      <main id="main" className="main" tabIndex={-1}>
        <div className="main-inner">
          <Screen />
        </div>
      </main>
    </div>
  );
}

export function App() {
  return (
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <Shell />
          <RetentionQuestion />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>
  );
}
