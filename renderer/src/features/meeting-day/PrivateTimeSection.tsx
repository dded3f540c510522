import { isolate } from '../../../../electron/shared/i18n/isolate';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { partSpan, timeOfDay, timerOf } from './meeting-time';

/**
 * Part 2, the family's private time. Deliberately without a single input: only its start
 * and end are kept (by the part's clock), and the screen says so.
 */
export function PrivateTimeSection({ meeting }: { meeting: Meeting }) {
  const { t, language } = useI18n();
  const { prep } = usePreparation();
  const timer = timerOf(meeting.day, 'private_time');
  const first = timer.segments[0]?.startedAt ?? null;
  const { end } = partSpan(timer);
  const chairs = prep.members.filter((m) => m.chairsPrivateTime).map((m) => m.name);
  const room = meeting.venue.privateRoom;

  return (
    <section id="mm-section-private_time" className="mm-section" aria-labelledby="mm-private-title">
      <div className="mm-section-head">
        <h2 id="mm-private-title">
          <span className="mm-section-number">{t('meetingDay.part.number', { number: 2 })}</span>
          {t('meetingDay.part.private_time')}
        </h2>
      </div>
      <p className="mm-private-notice">{t('meetingDay.private.notice')}</p>
      <p className="mm-intro">{t(meeting.kind === 'follow_up' ? 'meetingDay.private.followUpIntro' : 'meetingDay.private.intro')}</p>
      <dl className="mm-facts">
        <div>
          <dt>{t('meetingDay.private.started')}</dt>
          <dd>{first ? t('meetingDay.at', { time: timeOfDay(first, language) }) : t('meetingDay.private.notYet')}</dd>
        </div>
        <div>
          <dt>{t('meetingDay.private.ended')}</dt>
          <dd>{end ? t('meetingDay.at', { time: timeOfDay(end, language) }) : t('meetingDay.private.notYet')}</dd>
        </div>
        {room && (
          <div>
            <dt>{t('meetingDay.private.room')}</dt>
            <dd dir="auto">{room}</dd>
          </div>
        )}
        {chairs.length > 0 && (
          <div>
            <dt>{t('meetingDay.private.chair')}</dt>
            <dd dir="auto">{chairs.map(isolate).join(', ')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
