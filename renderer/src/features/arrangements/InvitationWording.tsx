import { useMemo } from 'react';
import { meetingInvitees } from '../../../../electron/shared/arrangements/meetings';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { letterLanguageOf } from '../../../../electron/shared/documents/documents.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { UI_LANGUAGES, type UiLanguage } from '../../../../electron/shared/settings/settings.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';

/**
 * The languages the letters of `meeting` go out in: each invitee's own, or the conference's
 * language for someone whose language has no letter. A language that already has a text
 * stays visible, so nothing written disappears.
 */
export function letterLanguages(prep: Preparation, meeting: Meeting): UiLanguage[] {
  const needed = new Set<UiLanguage>();
  for (const member of meetingInvitees(prep, meeting)) needed.add(letterLanguageOf(member, prep.conference.language));
  if (needed.size === 0) needed.add(prep.conference.language);
  for (const language of UI_LANGUAGES) if (meeting.invitation.purpose[language] !== '') needed.add(language);
  return UI_LANGUAGES.filter((language) => needed.has(language));
}

/** The reply-by date and the purpose of the meeting in the neutral words agreed with the family. */
export function InvitationWording({ form, meeting }: { form: MeetingFormApi; meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const { register, formState } = form;
  const errors = formState.errors.invitation;
  const languages = useMemo(() => letterLanguages(prep, meeting), [prep, meeting]);

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.invitation}>
      <h2 id={SECTION_IDS.invitation} tabIndex={-1}>
        {t('arrangements.section.invitation')}
      </h2>
      <div className="form-grid">
        <Field label={t('arrangements.replyBy')} hint={t('arrangements.replyBy.hint')} optional error={errors?.replyBy?.message}>
          <input type="date" {...register('invitation.replyBy')} />
        </Field>
      </div>
      <div className="arrangements-purpose">
        <p className="alert alert-info arrangements-confidential">{t('arrangements.purpose.confidential')}</p>
        {languages.map((language) => (
          <Field
            key={language}
            label={t('arrangements.purpose', { language: t(`language.${language}`) })}
            hint={t('arrangements.purpose.hint')}
            optional
            error={errors?.purpose?.[language]?.message}
          >
            <textarea rows={3} lang={language} {...register(`invitation.purpose.${language}`)} />
          </Field>
        ))}
      </div>
    </section>
  );
}
