import { Fragment, useEffect, useState } from 'react';
import type { ConferenceListItem } from '../../../../electron/shared/conference/conference.schema';
import { daysBehind } from '../../../../electron/shared/conference/next-due';
import { todayInHelsinki } from '../../../../electron/shared/dates';
import type { ApiError } from '../../../../electron/shared/api/result';
import { api } from '../../api/client';
import { href } from '../../app/routes';
import { useRouter } from '../../app/Router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { DEFAULT_MEETING_TYPE, listRows, PHASE_FILTERS, type ListFilter, type PhaseFilter } from './conference-list';
import { MeetingTypeFilter } from './MeetingTypeFilter';
import { NextDueLine } from './NextDueLine';
import { MeetingWhenLine } from './MeetingWhen';
import { onConferencesChanged } from '../retention/conferences-changed';
import { useRetentionDue } from '../retention/useRetentionDue';
import '../deletion/deletion.css';

/** The filter survives moving to a conference and back within the session. */
let savedFilter: Required<ListFilter> = { query: '', phase: 'active', type: 'all' };

type Load = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; conferences: ConferenceListItem[] };

export function ConferenceListPage() {
  const { t, tn } = useI18n();
  const { navigate } = useRouter();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [filter, setFilter] = useState(savedFilter);
  const [attempt, setAttempt] = useState(0);
  const retentionDue = useRetentionDue(attempt);

  useEffect(() => {
    savedFilter = filter;
  }, [filter]);

  useEffect(() => onConferencesChanged(() => setAttempt((n) => n + 1)), []);

  useEffect(() => {
    let cancelled = false;
    void api.call('conference.list', {}).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'ready', conferences: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const newButton = (
    <a className="button button-primary" href={href({ name: 'new' })}>
      {t('nav.newConference')}
    </a>
  );

  if (load.state === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;

  const today = todayInHelsinki(new Date());
  const rows = listRows(load.conferences, filter, today);
  const filtered = filter.query !== '' || filter.phase !== 'active' || filter.type !== 'all';

  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('list.title')}</h1>
          {load.conferences.length > 0 && <p className="page-subtitle">{tn('list.count', rows.length)}</p>}
        </div>
        {newButton}
      </header>

      {load.conferences.length === 0 ? (
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
                value={filter.query}
                placeholder={t('list.searchPlaceholder')}
                onChange={(e) => setFilter({ ...filter, query: e.target.value })}
              />
            </div>
            <div className="field field-inline">
              <label htmlFor="list-phase" className="field-label">
                {t('list.phaseFilter')}
              </label>
              <select
                id="list-phase"
                value={filter.phase}
                onChange={(e) => setFilter({ ...filter, phase: e.target.value as PhaseFilter })}
              >
                {PHASE_FILTERS.map((value) => (
                  <option key={value} value={value}>
                    {value === 'active' || value === 'all' ? t(`list.phaseFilter.${value}`) : t(`phase.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <MeetingTypeFilter id="list-type" value={filter.type} onChange={(type) => setFilter({ ...filter, type })} />
          </div>

          {retentionDue.size > 0 && filter.phase !== 'all' && filter.phase !== 'paattynyt' && (
            <div className="alert alert-info retention-list-hint">
              <p>{tn('retention.listHint', retentionDue.size)}</p>
              <button type="button" className="button button-secondary" onClick={() => setFilter({ ...filter, phase: 'paattynyt' })}>
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
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setFilter({ query: '', phase: 'all', type: 'all' })}
                  >
                    {t('list.clearFilters')}
                  </button>
                )
              }
            />
          ) : (
            <table className="table conference-table">
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
          )}
        </>
      )}
    </>
  );
}
