import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import { MeetingForm } from './MeetingForm';
import { MeetingPicker } from './MeetingPicker';
import { useMeetingChoice } from './useMeetingChoice';
import { useStoredSettings } from '../settings/useStoredSettings';
import './arrangements.css';

/** The practical arrangements and the checklist of one meeting: the coming one, or the one chosen. */
export function ArrangementsPage() {
  const { t, formatDate } = useI18n();
  const settings = useStoredSettings();
  const { meeting, meetings, choose } = useMeetingChoice();
  // Choosing another meeting replaces the form: unsaved changes are asked about first, as when leaving.
  const dirty = useRef(false);
  const [pending, setPending] = useState<string | null>(null);
  const onChoose = (meetingId: string) => (dirty.current ? setPending(meetingId) : choose(meetingId));

  return (
    <div className="arrangements-page">
      <p className="muted arrangements-intro">{t('arrangements.intro')}</p>
      {meeting ? (
        <>
          <MeetingPicker
            meetings={meetings}
            meeting={meeting}
            note={meeting.kind === 'follow_up' ? t('arrangements.followUp.people') : undefined}
            onChoose={onChoose}
          />
          {meeting.heldBeforeApp && meeting.date ? (
            <p className="alert alert-info">{t('heldBefore.arrangements', { date: formatDate(meeting.date) })}</p>
          ) : (
            <MeetingForm
              key={meeting.id}
              meeting={meeting}
              settings={settings}
              onDirtyChange={(value) => {
                dirty.current = value;
              }}
            />
          )}
        </>
      ) : (
        <p className="alert alert-info">{t('arrangements.noMeeting')}</p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('unsaved.title')}
        body={t('unsaved.body')}
        cancelLabel={t('unsaved.stay')}
        confirmLabel={t('unsaved.leave')}
        tone="danger"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending !== null) {
            dirty.current = false;
            choose(pending);
          }
          setPending(null);
        }}
      />
    </div>
  );
}
