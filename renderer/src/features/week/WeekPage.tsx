import { useState } from 'react';
import { builtInWording } from '../../../../electron/shared/arrangements/checklist';
import { addDays, todayInHelsinki } from '../../../../electron/shared/dates';
import { isolate } from '../../../../electron/shared/i18n/isolate';
import { isBuiltInChecklistKey } from '../../../../electron/shared/settings/settings-lists';
import type { ConferenceTab } from '../../../../electron/shared/conference/meeting-types';
import { mondayOf, type WeekItem } from '../../../../electron/shared/week/week';
import { api } from '../../api/client';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { rememberMeetingChoice } from '../arrangements/useMeetingChoice';
import { matchesType, type TypeFilter } from '../conference/conference-list';
import { MeetingTypeFilter } from '../conference/MeetingTypeFilter';
import { clockText, dayMonthText } from '../conference/day-text';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { meetingName } from '../conference/NextDueLine';
import { longDate } from '../meeting-day/meeting-time';
import './week.css';

/** Where a line of the week is done. */
function tabOf(item: WeekItem): ConferenceTab {
  return item.kind === 'nextStep' ? 'contacts' : 'arrangements';
}

/** What a line says: the meeting, the thing to do (as "Seuraavaksi" words it), or the next step. */
function labelOf(item: WeekItem, t: I18n['t']): string {
  switch (item.kind) {
    case 'meeting':
      return meetingName(t, item.meetingKind, item.meetingType);
    case 'checklist':
      return item.item.builtIn && isBuiltInChecklistKey(item.item.key)
        ? t(`nextDue.checklist.${builtInWording(item.item.key, item.meetingKind)}`)
        : item.item.text;
    case 'nextStep':
      return item.text;
  }
}

/** The line's leading column: a meeting's time, or what kind of task it is. */
function leadOf(item: WeekItem, i18n: I18n): string {
  const { t, language } = i18n;
  switch (item.kind) {
    case 'meeting':
      if (item.startTime && item.endTime) return `${clockText(item.startTime, language)}–${clockText(item.endTime, language)}`;
      return item.startTime ? clockText(item.startTime, language) : t('week.allDay');
    case 'checklist':
      return t('week.kind.checklist');
    case 'nextStep':
      return t('week.kind.nextStep');
  }
}

function WeekLine({ item, day, today }: { item: WeekItem; day: string; today: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const meetingId = item.kind === 'nextStep' ? null : item.meetingId;
  return (
    <li className={`week-line week-line-${item.kind}`}>
      <span className="week-line-lead">{leadOf(item, i18n)}</span>
      <span className="week-line-body">
        <a
          href={href({ name: 'conference', id: item.conferenceId, tab: tabOf(item) })}
          onClick={() => meetingId && rememberMeetingChoice(item.conferenceId, meetingId)}
          dir="auto"
        >
          {labelOf(item, t)}
        </a>
        {item.kind === 'nextStep' && <span className="week-line-who"> ({isolate(item.memberName ?? t('week.withFamily'))})</span>}
        {item.kind === 'checklist' && day < today && <span className="badge badge-danger">{t('week.undone')}</span>}
        <span className="week-line-conference">
          {isolate(item.reference)}
          {item.children.length > 0 && ` · ${item.children.map(isolate).join(', ')}`}
        </span>
      </span>
    </li>
  );
}

/**
 * "Tämä viikko": the convener's week across every open conference, by day from Monday to
 * Sunday: the meetings, the checklist items due and the contact log's next steps, each a
 * link to where it is done. Arrows move a week at a time.
 */
export function WeekPage({ from }: { from?: string }) {
  const i18n = useI18n();
  const { t, tn, language, formatDate } = i18n;
  const today = todayInHelsinki(new Date());
  const thisMonday = mondayOf(today);
  const monday = mondayOf(from ?? today);
  const load = useLoad(() => api.call('week.get', { from: monday }), [monday]);
  const [typeFilter, setTypeFilter] = useState<TypeFilter>('all');

  const title =
    monday === thisMonday ? t('week.title.this') : monday === addDays(thisMonday, 7) ? t('week.title.next') : null;
  // The kind filter narrows what is shown, not what is asked: moving a week keeps it.
  const days =
    load.state === 'ready'
      ? load.data.days.map((day) => ({
          ...day,
          items: day.items.filter((item) => matchesType(item, typeFilter)),
        }))
      : [];
  const kinds = new Set(load.state === 'ready' ? load.data.days.flatMap((day) => day.items.map((item) => item.meetingType)) : []);
  useDocumentTitle(title ? [title] : load.state === 'ready' ? [t('week.title.other', { week: load.data.number })] : null);
  const weekLink = (day: string) => href(day === thisMonday ? { name: 'week' } : { name: 'week', from: day });

  return (
    <>
      <header className="page-header week-header">
        <div>
          <h1>{title ?? t('week.title.other', { week: load.state === 'ready' ? load.data.number : '' })}</h1>
          {load.state === 'ready' && (
            <p className="page-subtitle">
              {t('week.range', {
                week: load.data.number,
                from: dayMonthText(load.data.from, language),
                to: formatDate(load.data.to),
              })}
              {' · '}
              {tn('week.count', days.reduce((sum, day) => sum + day.items.length, 0))}
            </p>
          )}
        </div>
        <nav className="week-nav" aria-label={t('week.navigation')}>
          <a className="button button-secondary" href={weekLink(addDays(monday, -7))}>
            <span aria-hidden="true">← </span>
            {t('week.previous')}
          </a>
          {monday !== thisMonday && (
            <a className="button button-secondary" href={weekLink(thisMonday)}>
              {t('week.backToThis')}
            </a>
          )}
          {monday === thisMonday && (
            <a className="button button-secondary" href={weekLink(addDays(thisMonday, 7))}>
              {t('week.toNext')}
            </a>
          )}
          <a className="button button-secondary" href={weekLink(addDays(monday, 7))}>
            {t('week.following')}
            <span aria-hidden="true"> →</span>
          </a>
        </nav>
      </header>

      {load.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {load.state === 'error' && <ErrorMessage error={load.error} onRetry={load.reload} />}
      {load.state === 'ready' && (
        <>
          {/* Offered once the week holds more than one kind of meeting, or while one is chosen. */}
          {(kinds.size > 1 || typeFilter !== 'all') && (
            <div className="filters week-filters">
              <MeetingTypeFilter id="week-type" value={typeFilter} onChange={setTypeFilter} />
            </div>
          )}
          {days.every((day) => day.items.length === 0) && <p className="week-empty-week">{t('week.emptyWeek')}</p>}
          <div className="week-days">
            {days.map((day) => (
              <section
                key={day.date}
                className={day.date === today ? 'card week-day week-day-today' : 'card week-day'}
                aria-labelledby={`week-day-${day.date}`}
              >
                <h2 id={`week-day-${day.date}`} className="week-day-title">
                  {longDate(day.date, language)}
                  {day.date === today && <span className="badge badge-info">{t('week.today')}</span>}
                </h2>
                {day.items.length === 0 ? (
                  <p className="week-day-empty">{t('week.emptyDay')}</p>
                ) : (
                  <ul className="week-lines">
                    {day.items.map((item) => (
                      <WeekLine
                        key={`${item.kind}-${item.kind === 'nextStep' ? item.contactId : item.kind === 'checklist' ? `${item.meetingId}-${item.item.key}` : item.meetingId}`}
                        item={item}
                        day={day.date}
                        today={today}
                      />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
