import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { planInForce } from '../../../../electron/shared/follow-up/follow-up-rules';
import { mayEnterAsHeld, meetingHeldBefore } from '../../../../electron/shared/conference/held-before';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import './conferences.css';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';

/** "Kirjattu jälkikäteen": the badge a meeting held before the app, and its plan, carry wherever they are shown. */
export function AfterwardsBadge() {
  const { t } = useI18n();
  return <span className="badge badge-info">{t('heldBefore.afterwards')}</span>;
}

/** On the overview: a conference held before the app says so, in place of the preparation it had before it. */
export function HeldBeforeCard() {
  const { t, formatDate } = useI18n();
  const { prep } = usePreparation();
  const held = meetingHeldBefore(prep.meetings);
  if (!held?.date) return null;
  return (
      <section className="card held-before-card" aria-labelledby="held-before-title">
        <div className="glance-header">
          <h2 id="held-before-title">{t('heldBefore.section')}</h2>
          <AfterwardsBadge />
        </div>
        <p>
          <strong>{t('heldBefore.held', { date: formatDate(held.date) })}</strong>
        </p>
        {/* How to go on, until the plan entered afterwards is in force. */}
        {!planInForce(prep.plans) && <p className="muted">{t('heldBefore.overview')}</p>}
      </section>
  );
}

/**
 * The quiet way to record an existing conference's meeting as held before the app (it was
 * created normally, but the meeting had already happened): asked in a dialog, offered while
 * nothing of the meeting is recorded in the app.
 */
export function EnterAsHeldOffer() {
  const { prep, readOnly } = usePreparation();
  const own = prep.meetings.find((meeting) => meeting.kind === 'conference');
  if (readOnly || !own || !mayEnterAsHeld(own, prep.plans.length)) return null;
  return <EnterAsHeldDialog meetingId={own.id} />;
}

function EnterAsHeldDialog({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { latest, change } = usePreparation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ date: '', startTime: '', endTime: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // A message key: the field says it in the convener's language.
  const issue = (field: string) => error?.issues?.find((i) => i.path[0] === field)?.message;
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });

  const save = async () => {
    const meeting = latest().meetings.find((m) => m.id === meetingId);
    if (!meeting) return;
    setBusy(true);
    const result = await change('meeting.enterAsHeld', {
      id: meeting.id,
      version: meeting.version,
      date: values.date,
      startTime: values.startTime || null,
      endTime: values.endTime || null,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setOpen(false);
    notify(t('heldBefore.existing.saved'));
  };

  return (
    <>
      <p className="held-before-offer">
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('heldBefore.existing.open')}
        </button>
      </p>
      <ConfirmDialog
        open={open}
        title={t('heldBefore.existing.title')}
        body={t('heldBefore.existing.body')}
        cancelLabel={t('form.cancel')}
        confirmLabel={t('heldBefore.existing.save')}
        busy={busy}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={() => void save()}
      >
        <div className="form-grid">
          <Field label={t('heldBefore.date')} error={issue('date')}>
            <DateField {...field('date')} />
          </Field>
          <Field label={t('heldBefore.startTime')} optional error={issue('startTime')}>
            <TimeField {...field('startTime')} />
          </Field>
          <Field label={t('heldBefore.endTime')} optional error={issue('endTime')}>
            <TimeField {...field('endTime')} />
          </Field>
        </div>
        {error && !error.issues?.length && <ErrorMessage error={error} />}
      </ConfirmDialog>
    </>
  );
}
