import { UI_LOCALES } from '../../../../electron/shared/i18n/locales';
import { meetingMinutes, TYPICAL_MINUTES } from '../../../../electron/shared/arrangements/attendance';
import { type Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { warnsAboutDuration } from '../../../../electron/shared/arrangements/meetings';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { useArrangementText } from './useArrangementText';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';

/** The meeting's date and times, with the weekday and the duration as they are typed. */
export function TimeSection({ form, typed }: { form: MeetingFormApi; typed: Meeting }) {
  const { t, language, formatDate } = useI18n();
  const text = useArrangementText();
  const { register, formState } = form;
  const { errors } = formState;
  const minutes = meetingMinutes(typed);
  const unusual =
    warnsAboutDuration(typed) && minutes !== null && (minutes < TYPICAL_MINUTES.min || minutes > TYPICAL_MINUTES.max);
  const weekday = typed.date
    ? new Intl.DateTimeFormat(UI_LOCALES[language], { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${typed.date}T00:00:00Z`))
    : null;

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.time}>
      <h2 id={SECTION_IDS.time} tabIndex={-1}>
        {t('arrangements.section.time')}
      </h2>
      <div className="arrangements-time">
        <Field label={t('arrangements.date')} error={errors.date?.message}>
          <DateField {...register('date')} />
        </Field>
        <Field label={t('arrangements.startTime')} error={errors.startTime?.message}>
          <TimeField {...register('startTime')} />
        </Field>
        <Field label={t('arrangements.endTime')} error={errors.endTime?.message}>
          <TimeField {...register('endTime')} />
        </Field>
        <div className="arrangements-duration" aria-live="polite">
          <span className="field-label">{t('arrangements.duration')}</span>
          <span className={unusual ? 'badge badge-warning' : 'arrangements-duration-value'}>
            {minutes === null || minutes <= 0 ? '–' : text.duration(minutes)}
          </span>
        </div>
      </div>
      {weekday && typed.date && (
        <p className="arrangements-when">
          {t('arrangements.when', { weekday, date: formatDate(typed.date) })}
          {typed.startTime && typed.endTime && ` ${t('arrangements.when.times', { start: text.clock(typed.startTime), end: text.clock(typed.endTime) })}`}
        </p>
      )}
      <p className="field-hint">{t(typed.kind === 'follow_up' ? 'arrangements.time.hint.follow_up' : 'arrangements.time.hint')}</p>
    </section>
  );
}
