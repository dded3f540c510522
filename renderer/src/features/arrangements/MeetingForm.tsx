import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { meetingAttendance, meetingFlags } from '../../../../electron/shared/arrangements/meetings';
import {
  meetingFieldsSchema,
  type Meeting,
  type MeetingFields,
  type MeetingFieldsInput,
} from '../../../../electron/shared/arrangements/meeting.schema';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { ChecklistSection } from './ChecklistSection';
import { FlagsPanel } from './FlagsPanel';
import { FollowUpReplies } from './FollowUpReplies';
import { InterpreterLines } from './InterpreterLines';
import { InvitationWording } from './InvitationWording';
import { SECTION_IDS, type MeetingFormApi } from './meeting-form';
import { meetingAsTyped, toMeetingFormValues } from './meeting-form-values';
import { OtherArrangements } from './OtherArrangements';
import { PeopleNeeds } from './PeopleNeeds';
import { RefreshmentsSection } from './RefreshmentsSection';
import { TimeSection } from './TimeSection';
import type { SettingsLoad } from '../../app/SettingsProvider';
import { VenueSection } from './VenueSection';

/**
 * The meeting's arrangements as one form, with what follows from the people around it:
 * the flags and the needs are computed from the replies and from what is typed, live. A
 * follow-up's replies are recorded beside its headcount; each saves at once, outside the form.
 */
export function MeetingForm({
  meeting,
  settings,
  onDirtyChange,
}: {
  meeting: Meeting;
  settings: SettingsLoad;
  /** Told whether the form holds unsaved changes, for a page that can replace it. */
  onDirtyChange?(dirty: boolean): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const form: MeetingFormApi = useForm<MeetingFieldsInput, unknown, MeetingFields>({
    resolver: zodResolver(meetingFieldsSchema),
    defaultValues: toMeetingFormValues(meeting),
    mode: 'onSubmit',
  });
  const { formState, control, register } = form;
  const { errors, isDirty, isSubmitting } = formState;
  useEffect(() => onDirtyChange?.(isDirty && !readOnly), [onDirtyChange, isDirty, readOnly]);

  const save = useSaveForm(form, {
    readOnly,
    save: (values) => {
      const current = latest().meetings.find((m) => m.id === meeting.id) ?? meeting;
      return change('meeting.update', { id: current.id, version: current.version, ...values });
    },
    valuesAfterSave: (saved, values) => {
      const stored = saved.meetings.find((m) => m.id === meeting.id);
      return stored ? toMeetingFormValues(stored) : (values as MeetingFieldsInput);
    },
    onSaved: () => notify(t('form.saved')),
  });

  const values = useWatch({ control }) as MeetingFieldsInput;
  const typed = useMemo(() => meetingAsTyped(meeting, values), [meeting, values]);
  // Recomputed from the whole preparation (a reply changed on a member page shows here at once)
  // and from what is typed: an interpreter on site or childcare counts in the headcount at once.
  const attendance = useMemo(() => meetingAttendance(prep, typed), [prep, typed]);
  const flags = useMemo(() => meetingFlags(typed, attendance), [typed, attendance]);

  return (
    <>
      <FlagsPanel flags={flags} />
      <div className="arrangements-overview">
        <div className="arrangements-column">
          {meeting.kind === 'follow_up' && <FollowUpReplies meeting={meeting} replyBy={typed.invitation.replyBy} />}
          <PeopleNeeds attendance={attendance} />
        </div>
        <ChecklistSection meeting={typed} settings={settings} />
      </div>
      <form className="form" onSubmit={save.submit} noValidate aria-label={t('arrangements.form')}>
        {readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
        <fieldset className="form-fieldset" disabled={readOnly}>
          <TimeSection form={form} typed={typed} />
          <VenueSection form={form} settings={settings} headcount={attendance.headcount} meeting={meeting} />
          <RefreshmentsSection form={form} attendance={attendance} />
          <InterpreterLines form={form} attendance={attendance} />
          <OtherArrangements form={form} attendance={attendance} />
          <InvitationWording form={form} meeting={meeting} />
          <section className="form-section" aria-labelledby={SECTION_IDS.notes}>
            <h2 id={SECTION_IDS.notes} tabIndex={-1}>
              {t('arrangements.section.notes')}
            </h2>
            <Field label={t('arrangements.notes')} hint={t('arrangements.notes.hint')} optional error={errors.notes?.message}>
              <textarea rows={4} {...register('notes')} />
            </Field>
          </section>
        </fieldset>
        {!readOnly && <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />}
      </form>
    </>
  );
}
