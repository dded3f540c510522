import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** A length of time in minutes for people: `45 min`, `1 t`, `1 t 05 min`. */
export function useDuration(): (minutes: number) => string {
  const { t } = useI18n();
  return useCallback(
    (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return t('meetingDay.duration.minutes', { minutes: rest });
      if (rest === 0) return t('meetingDay.duration.hours', { hours });
      return t('meetingDay.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
    },
    [t],
  );
}
