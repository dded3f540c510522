import { formatClock, isCompleteClockText, parseClockText } from '../../../electron/shared/dates';
import { useI18n } from '../i18n/I18nProvider';
import { ValueTextField, type Rules, type ValueFieldProps } from './ValueTextField';

/**
 * A clock time on the 24-hour clock in the app's language: "9.30" in Finnish and Swedish,
 * "09:30" in English. Accepts "9", "9.30", "9:30", "930"; hands on `HH:MM` (or `''`).
 */
export function TimeField(props: ValueFieldProps) {
  const { language } = useI18n();
  const rules: Rules = {
    kind: 'time',
    language,
    parse: parseClockText,
    complete: isCompleteClockText,
    format: (value) => formatClock(value, language),
    placeholder: 'timeField.placeholder',
    errors: { format: 'timeField.error.format', noSuchTime: 'timeField.error.noSuchTime', noSuchDay: 'timeField.error.format' },
  };
  return <ValueTextField rules={rules} props={props} />;
}
