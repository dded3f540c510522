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
import { RouterProvider, useRouter } from './Router';
import { Sidebar } from './Sidebar';
import { useDocumentTitle } from './useDocumentTitle';
import { useRouteFocus } from './useRouteFocus';
import type { Route } from './routes';

const mainElement = () => document.getElementById('main');

/** The title of a screen that needs no data for it; a conference and a week set their own. */
function screenTitle(route: Route, t: ReturnType<typeof useI18n>['t']): string[] | null {
  switch (route.name) {
    case 'list':
      return [t('list.title')];
    case 'new':
      return [t('new.title')];
    case 'settings':
      return [t('settings.title')];
    case 'statistics':
      return [t('statisticsPage.title')];
    case 'notFound':
      return [t('conference.notFound.title')];
    default:
      return null;
  }
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
  useRouteFocus(route, mainElement);
  useDocumentTitle(screenTitle(route, t));
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
