import {
  BOOKING_STATUSES,
  VENUE_LETTER_TEXTS,
  type Meeting,
  type VenueLetterText,
} from '../../../../electron/shared/arrangements/meeting.schema';
import type { SavedVenue } from '../../../../electron/shared/settings/settings.schema';
import { href } from '../../app/routes';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { meetingInvitees } from '../../../../electron/shared/arrangements/meetings';
import { usePreparation } from '../preparation/PreparationContext';
import { LetterTextFields, textLanguages } from './LetterTextFields';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { countFromInput } from './meeting-form-values';
import type { SettingsLoad } from '../../app/SettingsProvider';

const PLACE_FIELDS = ['name', 'address', 'mainRoom', 'privateRoom', 'capacity', 'accessibility', 'parking'] as const;

const isLetterText = (field: string): field is VenueLetterText => (VENUE_LETTER_TEXTS as readonly string[]).includes(field);

/** Where the meeting is: filled from a saved venue in one step, or typed. */
export function VenueSection({
  form,
  settings,
  headcount,
  meeting,
}: {
  form: MeetingFormApi;
  settings: SettingsLoad;
  headcount: number;
  meeting: Meeting;
}) {
  const { t, tn } = useI18n();
  const notify = useNotify();
  const { prep } = usePreparation();
  const { register, formState, setValue } = form;
  const errors = formState.errors.venue;
  const venues = settings.state === 'ready' ? settings.settings.venues : [];
  // The conference's own papers (checklist, participant list, children's letters) read its language's texts.
  const conferenceLanguage = prep.conference.language;
  // The venue's texts go into the invitations (a request for written views carries none).
  const languagesOf = (field: VenueLetterText) => textLanguages(prep, meetingInvitees(prep, meeting), meeting.venue[field], [conferenceLanguage]);

  const fill = (venueId: string) => {
    const venue = venues.find((v) => v.id === venueId);
    if (!venue) return;
    for (const field of PLACE_FIELDS) fillField(field, venue);
    notify(t('arrangements.venue.filled', { name: venue.name }));
  };
  const fillField = (field: (typeof PLACE_FIELDS)[number], venue: SavedVenue) => {
    if (field === 'capacity') setValue('venue.capacity', venue.capacity ?? '', { shouldDirty: true });
    // A saved venue is written in one language: it fills the conference's.
    else if (isLetterText(field)) setValue(`venue.${field}.${conferenceLanguage}`, venue[field], { shouldDirty: true });
    else setValue(`venue.${field}`, venue[field], { shouldDirty: true });
  };

  return (
    <section className="form-section" aria-labelledby={SECTION_IDS.venue}>
      <h2 id={SECTION_IDS.venue} tabIndex={-1}>
        {t('arrangements.section.venue')}
      </h2>
      <p className="field-hint">{t('arrangements.venue.hint')}</p>
      <div className="form-grid">
        {venues.length > 0 ? (
          <Field label={t('arrangements.venue.fromSaved')} className="span-2 arrangements-venue-picker">
            <select value="" onChange={(e) => fill(e.target.value)}>
              <option value="">{t('arrangements.venue.choose')}</option>
              {venues.map((venue) => (
                <option key={venue.id} value={venue.id}>
                  {venue.name}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          settings.state === 'ready' && (
            <p className="field-hint span-2">
              {t('arrangements.venue.noSaved')} <a href={href({ name: 'settings' })}>{t('arrangements.venue.toSettings')}</a>
            </p>
          )
        )}
        <Field label={t('arrangements.venue.name')} optional error={errors?.name?.message}>
          <input type="text" autoComplete="off" maxLength={120} {...register('venue.name')} />
        </Field>
        <Field label={t('arrangements.venue.address')} optional error={errors?.address?.message}>
          <input type="text" autoComplete="off" maxLength={300} {...register('venue.address')} />
        </Field>
        <LetterTextFields
          form={form}
          path="venue.mainRoom"
          label={t('arrangements.venue.mainRoom')}
          hint={t('arrangements.venue.mainRoom.hint')}
          languages={languagesOf('mainRoom')}
          maxLength={120}
        />
        <Field
          label={t('arrangements.venue.privateRoom')}
          hint={t('arrangements.venue.privateRoom.hint')}
          optional
          error={errors?.privateRoom?.message}
        >
          <input type="text" autoComplete="off" maxLength={120} {...register('venue.privateRoom')} />
        </Field>
        <Field
          label={t('arrangements.venue.capacity')}
          hint={tn('arrangements.venue.capacity.hint', headcount)}
          optional
          error={errors?.capacity?.message}
        >
          <input type="number" min={0} max={1000} step={1} {...register('venue.capacity', { setValueAs: countFromInput })} />
        </Field>
        <Field label={t('arrangements.venue.bookingStatus')} error={errors?.bookingStatus?.message}>
          <select {...register('venue.bookingStatus')}>
            {BOOKING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`arrangements.booking.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('arrangements.venue.cost')} optional error={errors?.cost?.message}>
          <input type="text" inputMode="decimal" autoComplete="off" maxLength={20} {...register('venue.cost')} />
        </Field>
        <Field
          label={t('arrangements.venue.bookingContact')}
          hint={t('arrangements.venue.bookingContact.hint')}
          optional
          error={errors?.bookingContact?.message}
          className="span-2"
        >
          <input type="text" autoComplete="off" maxLength={200} {...register('venue.bookingContact')} />
        </Field>
        <LetterTextFields
          form={form}
          path="venue.accessibility"
          label={t('arrangements.venue.accessibility')}
          languages={languagesOf('accessibility')}
          rows={2}
          maxLength={500}
        />
        <LetterTextFields
          form={form}
          path="venue.parking"
          label={t('arrangements.venue.parking')}
          languages={languagesOf('parking')}
          rows={2}
          maxLength={500}
        />
      </div>
    </section>
  );
}
