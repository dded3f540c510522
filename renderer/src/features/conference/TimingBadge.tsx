import type { ConferenceTiming } from '../../../../electron/shared/conference/conference-timing';
import { useI18n } from '../../i18n/I18nProvider';

/** Days within which "open" turns to a warning colour. */
const SOON_DAYS = 7;

/** "12 päivää jäljellä", "Myöhässä 3 päivää"… coloured by urgency. */
export function TimingBadge({ timing }: { timing: ConferenceTiming }) {
  const { t, tn } = useI18n();
  const { status, daysLeft } = timing;
  let text: string;
  let tone: string;
  switch (status) {
    case 'late':
      text = tn('timing.status.late', -daysLeft);
      tone = 'danger';
      break;
    case 'open':
      text = daysLeft === 0 ? t('timing.status.openToday') : tn('timing.status.open', daysLeft);
      tone = daysLeft <= SOON_DAYS ? 'warning' : 'info';
      break;
    case 'upcoming':
      text = tn('timing.status.upcoming', timing.daysToOpen);
      tone = 'neutral';
      break;
    case 'held':
      text = t('timing.status.held');
      tone = 'success';
      break;
    case 'closed':
      text = t('timing.status.closed');
      tone = 'neutral';
      break;
  }
  return <span className={`badge badge-${tone}`}>{text}</span>;
}
