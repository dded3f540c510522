import { Fragment, useEffect, useState } from 'react';
import { daysBehind } from '../../../../electron/shared/conference/next-due';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { href } from '../../app/routes';
import { useRouter } from '../../app/Router';
import { useLoad } from '../../app/useLoad';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import {
  closedPeriods,
  DEFAULT_MEETING_TYPE,
  listRequest,
  listRows,
  NO_FILTER,
  showsClosedPeriod,
  type ClosedPeriod,
  type ListFilter,
} from './conference-list';
import { LIST_PHASES, type ListPhase } from '../../../../electron/shared/conference/conference-lists';
import { ListPager } from './ListPager';
import { MeetingTypeFilter } from './MeetingTypeFilter';
import { NextDueLine } from './NextDueLine';
import { MeetingWhenLine } from './MeetingWhen';
import { onConferencesChanged } from '../retention/conferences-changed';
import { useRetentionDue } from '../retention/useRetentionDue';
import '../deletion/deletion.css';

/** The filter and page survive moving to a conference and back within the session. */
let savedFilter: ListFilter = NO_FILTER;

/** Back to the list as a session starts it: the conferences in progress, first page (for tests). */
export function forgetListFilter(): void {
  savedFilter = NO_FILTER;
}

/** How long typing pauses before the search is asked: one request per word, not per letter. */
const SEARCH_DELAY_MS = 250;

/** A ref that scrolls its element into view once, as it appears (a stable function: not on every render). */
function scrollIntoView(element: HTMLElement | null): void {
  element?.scrollIntoView?.({ block: 'nearest' });
}

/**
 * The conference list: the server filters, orders and pages it (`conference.list`), so a
 * city's ten years of history cost no more than this week's caseload. Typing in the search
 * changes the field at once and asks the server after a pause; an answer to an older
 * question is dropped, and the rows shown stay until the new ones come.
 */
export function ConferenceListPage() {
  const { t, tn, tKey } = useI18n();
  const { navigate } = useRouter();
  const [filter, setFilterState] = useState(savedFilter);
  const [query, setQuery] = useState(savedFilter.query);
  const [attempt, setAttempt] = useState(0);
  const retentionDue = useRetentionDue(attempt);
  const today = todayInHelsinki(new Date());

  // Any change of the filter starts again from its first page.
  const setFilter = (change: Partial<ListFilter>) => setFilterState((current) => ({ ...current, page: 0, ...change }));

  useEffect(() => {
    savedFilter = filter;
  }, [filter]);

  useEffect(() => onConferencesChanged(() => setAttempt((n) => n + 1)), []);

  useEffect(() => {
    if (filter.query === query) return;
    const timer = setTimeout(() => setFilter({ query }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filter.query]);

  const load = useLoad(() => api.call('conference.list', listRequest(filter, filter.query, today)), [filter, today, attempt], { keepData: true });

  const newButton = (
    <a className="button button-primary" href={href({ name: 'new' })}>
      {t('nav.newConference')}
    </a>
  );

  const retry = () => setAttempt((n) => n + 1);
  if (load.state === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;

  const { data: page, refreshError } = load;
  // A search the rules refuse (an identity code) says why at the field; the rows stay.
  const searchError = refreshError?.issues?.find((one) => one.path[0] === 'query')?.message ?? null;
  const otherError = searchError === null ? refreshError : undefined;
  const rows = listRows(page.items, today);
  const filtered = filter.query !== '' || filter.phase !== 'active' || filter.type !== 'all' || filter.closed !== 'any';

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('list.title')}</h1>
          {page.anyConference && (
            // Announced as it changes: how many a search or a filter found.
            <p className="page-subtitle" aria-live="polite">
              {tn('list.count', page.total)}
            </p>
          )}
        </div>
        {newButton}
      </header>

      {!page.anyConference ? (
        <EmptyState title={t('list.empty.title')} body={t('list.empty.body')} action={newButton} />
      ) : (
        <>
          <div className="filters" role="search">
            <div className="field field-inline field-grow">
              <label htmlFor="list-search" className="field-label">
                {t('list.search')}
              </label>
              <input
                id="list-search"
                type="search"
                value={query}
                placeholder={t('list.searchPlaceholder')}
                aria-invalid={searchError !== null || undefined}
                aria-describedby={searchError !== null ? 'list-search-error' : undefined}
                onChange={(e) => setQuery(e.target.value)}
              />
              {searchError !== null && (
                <p id="list-search-error" className="field-error">
                  {tKey(searchError)}
                </p>
              )}
            </div>
            <div className="field field-inline">
              <label htmlFor="list-phase" className="field-label">
                {t('list.phaseFilter')}
              </label>
              <select
                id="list-phase"
                value={filter.phase}
                onChange={(e) => setFilter({ phase: e.target.value as ListPhase })}
              >
                {LIST_PHASES.map((value) => (
                  <option key={value} value={value}>
                    {value === 'active' || value === 'all' ? t(`list.phaseFilter.${value}`) : t(`phase.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <MeetingTypeFilter id="list-type" value={filter.type} onChange={(type) => setFilter({ type })} />
            {showsClosedPeriod(filter.phase) && (
              <div className="field field-inline">
                <label htmlFor="list-closed" className="field-label">
                  {t('list.closedPeriod')}
                </label>
                <select id="list-closed" value={filter.closed} onChange={(e) => setFilter({ closed: e.target.value as ClosedPeriod })}>
                  {closedPeriods(today).map((period) => (
                    <option key={period} value={period}>
                      {period === 'any' || period === 'lastYear' ? t(`list.closedPeriod.${period}`) : t('list.closedPeriod.year', { year: period })}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>

          {otherError && (
            // Shown where the list begins, and scrolled to: the click that failed may have been far below.
            <div ref={scrollIntoView}>
              <ErrorMessage error={otherError} onRetry={retry} />
            </div>
          )}

          {retentionDue.size > 0 && filter.phase !== 'all' && filter.phase !== 'paattynyt' && (
            <div className="alert alert-info retention-list-hint">
              <p>{tn('retention.listHint', retentionDue.size)}</p>
              <button type="button" className="button button-secondary" onClick={() => setFilter({ phase: 'paattynyt' })}>
                {t('retention.listHint.show')}
              </button>
            </div>
          )}

          {rows.length === 0 ? (
            <EmptyState
              title={t('list.noMatches.title')}
              body={t('list.noMatches.body')}
              action={
                filtered && (
                  <div className="list-empty-actions">
                    {/* A name searched among the open ones may be a closed conference's. */}
                    {filter.query !== '' && filter.phase !== 'all' && (
                      <button type="button" className="button button-primary" onClick={() => setFilter({ phase: 'all', closed: 'any' })}>
                        {t('list.searchAllPhases')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => {
                        setQuery('');
                        setFilter({ ...NO_FILTER, phase: 'all' });
                      }}
                    >
                      {t('list.clearFilters')}
                    </button>
                  </div>
                )
              }
            />
          ) : (
            <>
              <table className="table conference-table" aria-busy={load.busy || undefined}>
                <caption className="visually-hidden">{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.column.reference')}</th>
                    <th scope="col">{t('list.column.children')}</th>
                    <th scope="col">{t('list.column.phase')}</th>
                    <th scope="col">{t('when.column')}</th>
                    <th scope="col">{t('nextDue.title')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ conference, timing }) => (
                    <tr
                      key={conference.id}
                      className={`row-link${daysBehind({ timing, nextDue: conference.nextDue }) > 0 ? ' row-late' : ''}`}
                      onClick={(event) => {
                        if ((event.target as HTMLElement).closest('a')) return;
                        navigate({ name: 'conference', id: conference.id });
                      }}
                    >
                      <th scope="row">
                        <a href={href({ name: 'conference', id: conference.id })} dir="auto">
                          {conference.reference}
                        </a>
                        {/* The usual kind goes unmarked; any other is named beside the reference. */}
                        {conference.meetingType !== DEFAULT_MEETING_TYPE && (
                          <>
                            {' '}
                            <span className="badge badge-info meeting-type-badge" title={t(`meetingType.${conference.meetingType}`)}>
                              {t(`meetingType.${conference.meetingType}.short`)}
                            </span>
                          </>
                        )}
                      </th>
                      <td className="children-cell">
                        {/* Lines break between the children, never inside a name such as Sanni-Öhman. */}
                        {conference.children.map((c, i, all) => (
                          <Fragment key={c.id}>
                            {i > 0 && ' '}
                            <span className="nowrap" dir="auto">
                              {c.firstName}
                              {i < all.length - 1 && ','}
                            </span>
                          </Fragment>
                        ))}
                      </td>
                      <td>
                        <span className="nowrap">{t(`phase.${conference.phase}`)}</span>
                        {retentionDue.has(conference.id) && (
                          <>
                            {' '}
                            <span className="badge badge-warning retention-due-badge">{t('retention.listBadge')}</span>
                          </>
                        )}
                      </td>
                      <td className="when-cell">
                        <MeetingWhenLine when={conference.meeting} timing={timing} today={today} compact />
                      </td>
                      <td className="next-cell">
                        <NextDueLine next={conference.nextDue} conferenceId={conference.id} meetingType={conference.meetingType} today={today} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ListPager
                offset={page.offset}
                shown={rows.length}
                total={page.total}
                onPage={(next) => setFilterState((current) => ({ ...current, page: next }))}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
