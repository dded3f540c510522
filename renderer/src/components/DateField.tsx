import { formatDateText, isCompleteDateText, parseDateText, todayInHelsinki, type YearlessDate } from '../../../electron/shared/dates';
import { useI18n } from '../i18n/I18nProvider';
import { ValueTextField, type Rules, type ValueFieldProps } from './ValueTextField';

/**
 * A calendar date in the app's language whatever the operating system's: "10.3.2027" in Finnish
 * and Swedish, "10 Mar 2027" in English. Accepts "10.3.", "10.3.27", "10/3/2027", "10 Mar" and
 * ISO; a missing year is the one that puts the date nearest today (`yearless="thisYear"`: this
 * year's). Hands on `YYYY-MM-DD` (or `''`). Use it like an input: `<DateField {...register('date')} />`
 * or `value` + `onChange`.
 */
export function DateField({ yearless = 'nearest', ...props }: ValueFieldProps & { yearless?: YearlessDate }) {
  const { language } = useI18n();
  const rules: Rules = {
    kind: 'date',
    language,
    parse: (text) => parseDateText(text, todayInHelsinki(new Date()), yearless),
    complete: isCompleteDateText,
    format: (value) => formatDateText(value, language),
    placeholder: 'dateField.placeholder',
    errors: { format: 'dateField.error.format', noSuchDay: 'dateField.error.noSuchDay', noSuchTime: 'dateField.error.format' },
  };
  return <ValueTextField rules={rules} props={props} />;
}
