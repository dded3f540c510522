import { useI18n } from '../../i18n/I18nProvider';
import { TYPE_FILTERS, type TypeFilter } from './conference-list';

/** "Tyyppi": every kind of meeting, or one of them; the list and the week narrow by it. */
export function MeetingTypeFilter({ id, value, onChange }: { id: string; value: TypeFilter; onChange(value: TypeFilter): void }) {
  const { t } = useI18n();
  return (
    <div className="field field-inline">
      <label htmlFor={id} className="field-label">
        {t('meetingType.filter')}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TypeFilter)}>
        {TYPE_FILTERS.map((type) => (
          <option key={type} value={type}>
            {type === 'all' ? t('meetingType.filter.all') : t(`meetingType.${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
