import { lazy } from 'react';
import { NoticeProvider } from '../components/Notices';
import { ConferenceNotFound } from '../features/conference/ConferenceNotFound';
import { ConferenceListPage } from '../features/conference/ConferenceListPage';
import { RetentionQuestion } from '../features/retention/RetentionQuestion';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { LazyBoundary } from './LazyBoundary';
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

// The list is what the app opens on; every other screen's code loads when first visited.
const ConferencePage = lazy(() => import('../features/conference/ConferencePage').then((m) => ({ default: m.ConferencePage })));
const NewConferencePage = lazy(() => import('../features/conference/NewConferencePage').then((m) => ({ default: m.NewConferencePage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const WeekPage = lazy(() => import('../features/week/WeekPage').then((m) => ({ default: m.WeekPage })));
const StatisticsPage = lazy(() => import('../features/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));

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
          <LazyBoundary resetKey={JSON.stringify(route)} heading="h1">
            <Screen />
          </LazyBoundary>
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
