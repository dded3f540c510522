import { useMemo } from 'react';
import { viewsAskedOf } from '../../../../electron/shared/arrangements/letters';
import { meetingInvitees } from '../../../../electron/shared/arrangements/meetings';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { textLanguages } from './LetterTextFields';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { DateField } from '../../components/DateField';

/** The reply-by date and the purpose of the meeting in the neutral words agreed with the family. */
export function InvitationWording({ form, meeting }: { form: MeetingFormApi; meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const { register, formState } = form;
  const errors = formState.errors.invitation;
  // The purpose goes into the invitations and the requests for written views.
  const languages = useMemo(
    () => textLanguages(prep, [...meetingInvitees(prep, meeting), ...viewsAskedOf(prep.members, meeting)], meeting.invitation.purpose),
    [prep, meeting],
  );

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.invitation}>
      <h2 id={SECTION_IDS.invitation} tabIndex={-1}>
        {t('arrangements.section.invitation')}
      </h2>
      <div className="form-grid">
        <Field label={t('arrangements.replyBy')} hint={t('arrangements.replyBy.hint')} optional error={errors?.replyBy?.message}>
          <DateField {...register('invitation.replyBy')} />
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
