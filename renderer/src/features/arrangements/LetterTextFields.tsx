import { letterLanguagesOf } from '../../../../electron/shared/arrangements/letter-texts';
import type { LetterText } from '../../../../electron/shared/arrangements/meeting.schema';
import { LETTER_LANGUAGES, type LetterLanguage, type NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { MeetingFormApi } from './meeting-form';

/**
 * The languages a letter text is written in: those of the letters to `recipients` that carry
 * it, any `also` needs (the conference's, for its own papers), and any that already have a
 * text, so nothing written disappears.
 */
export function textLanguages(
  prep: Preparation,
  recipients: readonly NetworkMember[],
  text: LetterText,
  also: readonly LetterLanguage[] = [],
): LetterLanguage[] {
  const shown = new Set<LetterLanguage>([...letterLanguagesOf(prep.conference.language, recipients), ...also]);
  for (const language of LETTER_LANGUAGES) if (text[language] !== '') shown.add(language);
  return LETTER_LANGUAGES.filter((language) => shown.has(language));
}

type LetterTextPath = 'venue.mainRoom' | 'venue.accessibility' | 'venue.parking';

/** One input per letter language for a text that goes into letters; the language is named when there are several. */
export function LetterTextFields({
  form,
  path,
  label,
  hint,
  languages,
  rows,
  maxLength,
}: {
  form: MeetingFormApi;
  path: LetterTextPath;
  label: string;
  hint?: string;
  languages: readonly LetterLanguage[];
  /** A textarea of this many rows; a one-line input without. */
  rows?: number;
  maxLength: number;
}) {
  const { t } = useI18n();
  const { register, formState } = form;
  const [group, field] = path.split('.') as ['venue', 'mainRoom' | 'accessibility' | 'parking'];
  const errors = formState.errors[group]?.[field];
  return languages.map((language, index) => (
    <Field
      key={language}
      label={languages.length > 1 ? t('arrangements.inLanguage', { label, language: t(`language.${language}`) }) : label}
      // Said once, with the first language.
      hint={index === 0 ? hint : undefined}
      optional
      error={errors?.[language]?.message}
    >
      {rows ? (
        <textarea rows={rows} lang={language} maxLength={maxLength} {...register(`${path}.${language}`)} />
      ) : (
        <input type="text" autoComplete="off" lang={language} maxLength={maxLength} {...register(`${path}.${language}`)} />
      )}
    </Field>
  ));
}
