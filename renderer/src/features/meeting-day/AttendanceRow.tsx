import type { FormEvent } from 'react';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { expectedReply, isInvitedTo } from '../../../../electron/shared/arrangements/meetings';
import type { Attendance, Presence } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import { isValidIsoDate, todayInHelsinki } from '../../../../electron/shared/dates';
import { useInlineEditor } from '../../components/useInlineEditor';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { helsinkiHHMM, presenceOf, storedTimeText } from './meeting-time';
import { ToggleButton } from './ToggleButton';
import { useSaveAttendance, type AttendanceChange } from './useSaveAttendance';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';

const CHOICES = ['in_person', 'remote', 'written_views', 'absent'] as const satisfies readonly Presence[];

/** One person on the list: how they took part, and when they came if late. */
export function AttendanceRow({ meeting, member }: { meeting: Meeting; member: NetworkMember }) {
  const { t, language } = useI18n();
  const { readOnly } = usePreparation();
  const save = useSaveAttendance(meeting, member.id);
  const record = presenceOf(meeting.day, member.id);
  const here = record.presence === 'in_person' || record.presence === 'remote';

  const choose = (presence: Presence) => {
    // Pressing the chosen button again takes the mark away: a mistap is undone with one click.
    const next = record.presence === presence ? 'unknown' : presence;
    const keepsArrival = next === 'in_person' || next === 'remote';
    // Written views marked now arrived today, unless their day is already recorded; it can be changed.
    const viewsReceivedDate = next === 'written_views' ? (record.viewsReceivedDate ?? todayInHelsinki(new Date())) : null;
    void save({ presence: next, arrivedAt: keepsArrival ? record.arrivedAt : null, viewsReceivedDate });
  };

  return (
    <li className={`mm-person mm-person-${record.presence}`}>
      <div className="mm-person-who">
        <p className="mm-person-name">
          <span dir="auto">{member.name}</span>
          {member.worker && <span className="badge badge-info">{t('network.badge.worker')}</span>}
        </p>
        <p className="mm-person-detail">
          <span dir="auto">{member.relation}</span>
          <Expected meeting={meeting} member={member} />
        </p>
        {record.arrivedAt && (
          <p className="mm-person-arrived">{t('meetingDay.attendance.arrived', { time: storedTimeText(record.arrivedAt, language) })}</p>
        )}
        {!readOnly && (here || record.presence === 'unknown') && <LateArrival record={record} onSave={save} name={member.name} />}
        {record.presence === 'written_views' && <ViewsReceived record={record} onSave={save} name={member.name} readOnly={readOnly} />}
      </div>
      <div className="mm-toggles" role="group" aria-label={t('meetingDay.attendance.presenceOf', { name: member.name })}>
        {CHOICES.map((presence) => (
          <ToggleButton
            key={presence}
            tone={presence}
            pressed={record.presence === presence}
            disabled={readOnly}
            onClick={() => choose(presence)}
          >
            {t(`meetingDay.presence.${presence}`)}
          </ToggleButton>
        ))}
      </div>
    </li>
  );
}

/**
 * What was known of them beforehand: their reply to this meeting (the network's for the
 * conference, the follow-up's own for a follow-up), or that they were asked for written
 * views. Someone added on the day has nothing to say here.
 */
function Expected({ meeting, member }: { meeting: Meeting; member: NetworkMember }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  let text: string | null = null;
  if (meeting.kind === 'conference' && member.invite === 'written_views') {
    text = t('meetingDay.attendance.writtenViewsInvited');
  } else if (meeting.kind === 'conference' || isInvitedTo(prep, meeting, member.id)) {
    text = t('meetingDay.attendance.replied', { reply: t(`network.reply.${expectedReply(member, meeting)}`) });
  }
  return text === null ? null : <>{` · ${text}`}</>;
}

/** "Saapui myöhässä": the time they came, now by default. */
function LateArrival({
  record,
  name,
  onSave,
}: {
  record: Attendance;
  name: string;
  onSave(patch: AttendanceChange): Promise<unknown>;
}) {
  const { t } = useI18n();
  // A time typed before its own Save: leaving with it unsaved asks first.
  const editor = useInlineEditor();
  const time = editor.value;
  const inputId = `mm-arrived-${record.memberId}`;

  const open = () => editor.open(record.arrivedAt ?? helsinkiHHMM(new Date()));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Someone who arrived is here: unmarked becomes present in person.
    await onSave({ presence: record.presence === 'unknown' ? 'in_person' : record.presence, arrivedAt: time });
    editor.close();
  };

  if (!editor.editing) {
    return (
      <div className="mm-late">
        <button type="button" className="mm-link" onClick={open}>
          {t(record.arrivedAt ? 'meetingDay.attendance.changeArrival' : 'meetingDay.attendance.late')}
        </button>
        {record.arrivedAt && (
          <button type="button" className="mm-link mm-link-danger" onClick={() => void onSave({ arrivedAt: null })}>
            {t('meetingDay.attendance.clearArrival')}
          </button>
        )}
      </div>
    );
  }
  return (
    <InlineValueForm
      formLabel={`${t('meetingDay.attendance.late')}: ${name}`}
      label={t('meetingDay.attendance.arrivedAt')}
      inputId={inputId}
      type="time"
      value={time}
      onChange={editor.change}
      onSubmit={submit}
      onCancel={editor.close}
    />
  );
}

/** "Näkemykset saapuivat 3.3.2027": the day someone's written views arrived, changeable. */
function ViewsReceived({
  record,
  name,
  readOnly,
  onSave,
}: {
  record: Attendance;
  name: string;
  readOnly: boolean;
  onSave(patch: AttendanceChange): Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const editor = useInlineEditor();
  const date = editor.value;
  const inputId = `mm-views-${record.memberId}`;
  const received = record.viewsReceivedDate
    ? t('meetingDay.views.received', { date: formatDate(record.viewsReceivedDate) })
    : t('meetingDay.views.receivedNoDate');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave({ viewsReceivedDate: date });
    editor.close();
  };

  if (!editor.editing) {
    return (
      <div className="mm-late">
        <p className="mm-person-detail">{received}</p>
        {!readOnly && (
          <button type="button" className="mm-link" onClick={() => editor.open(record.viewsReceivedDate ?? todayInHelsinki(new Date()))}>
            {t('meetingDay.views.change')}
          </button>
        )}
      </div>
    );
  }
  return (
    <InlineValueForm
      formLabel={`${t('meetingDay.views.date')}: ${name}`}
      label={t('meetingDay.views.date')}
      inputId={inputId}
      type="date"
      value={date}
      onChange={editor.change}
      onSubmit={submit}
      onCancel={editor.close}
    />
  );
}

/** Whether the field holds a whole date or time (not empty, not text still being typed). */
function complete(type: 'time' | 'date', value: string): boolean {
  return type === 'date' ? isValidIsoDate(value) : /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** One time or date edited in place under a person: the field, save and cancel. */
function InlineValueForm(props: {
  formLabel: string;
  label: string;
  inputId: string;
  type: 'time' | 'date';
  value: string;
  onChange(value: string): void;
  onSubmit(event: FormEvent): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <form className="mm-late mm-late-form" onSubmit={(e) => void props.onSubmit(e)} aria-label={props.formLabel}>
      <label htmlFor={props.inputId}>{props.label}</label>
      {props.type === 'date' ? (
        <DateField id={props.inputId} value={props.value} required onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <TimeField id={props.inputId} value={props.value} required onChange={(e) => props.onChange(e.target.value)} />
      )}
      <button type="submit" className="button button-primary" disabled={!complete(props.type, props.value)}>
        {t('form.save')}
      </button>
      <button type="button" className="button button-secondary" onClick={props.onCancel}>
        {t('form.cancel')}
      </button>
    </form>
  );
}
