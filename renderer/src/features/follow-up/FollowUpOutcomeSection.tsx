import { useId, useState } from 'react';
import type { ApiError, ApiResult } from '../../../../electron/shared/api/result';
import { CLOSE_REASONS, type CloseReason } from '../../../../electron/shared/conference/conference-lists';
import { isNextDateAfter, unreviewedItems } from '../../../../electron/shared/follow-up/follow-up-rules';
import type { FollowUp } from '../../../../electron/shared/follow-up/follow-up.schema';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { useUnsavedChangesGuard } from '../../app/Router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { DateField } from '../../components/DateField';

/** The issue the API gave for `field`, if any, as a message key. */
function issueOf(result: ApiResult<Preparation>, field: string): string | undefined {
  return result.ok ? undefined : result.error.issues?.find((issue) => issue.path[0] === field)?.message;
}

/**
 * How many items of the reviewed plan are still without a review, once every review already
 * on its way has been saved: what the outcome's confirmation names.
 */
function useUnreviewedCount(followUp: FollowUp, plan: Plan | undefined): () => Promise<number> {
  const { latest, settled } = usePreparation();
  return async () => {
    await settled();
    const reviews = latest().followUps.find((f) => f.meetingId === followUp.meetingId)?.reviews ?? [];
    return plan ? unreviewedItems(plan.items, reviews).length : 0;
  };
}

interface OutcomeProps {
  followUp: FollowUp;
  /** The plan version the follow-up reviews. */
  plan: Plan | undefined;
  meetingDate: string | null;
}

/** What the follow-up meeting decided: another follow-up on a date, or closing the conference. */
export function FollowUpOutcomeSection({ followUp, plan, meetingDate }: OutcomeProps) {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const titleId = useId();
  return (
    <section className="form-section follow-up-outcome" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('followUp.outcome.title')}</h2>
      {followUp.outcome ? (
        <RecordedOutcome followUp={followUp} />
      ) : readOnly ? (
        <p className="muted">{t('plan.decision.none')}</p>
      ) : (
        <>
          <p className="field-hint">{t('followUp.outcome.intro')}</p>
          <div className="follow-up-outcome-choices">
            <AnotherFollowUp followUp={followUp} plan={plan} meetingDate={meetingDate} />
            <CloseConference followUp={followUp} plan={plan} />
          </div>
        </>
      )}
    </section>
  );
}

function RecordedOutcome({ followUp }: { followUp: FollowUp }) {
  const { t, formatDate } = useI18n();
  const { prep } = usePreparation();
  const outcome = followUp.outcome;
  if (!outcome) return null;
  if (outcome.kind === 'another_follow_up') {
    const next = prep.meetings.find((meeting) => meeting.id === outcome.nextMeetingId)?.date;
    return (
      <p className="follow-up-recorded">
        {next ? t('followUp.outcome.recordedAnother', { date: formatDate(next) }) : t('followUp.outcome.recordedAnotherNoDate')}
      </p>
    );
  }
  return (
    <div className="follow-up-recorded">
      <p>{t('followUp.outcome.recordedClose', { reason: t(`close.reason.${outcome.reason}`) })}</p>
      {outcome.text && (
        <p className="plan-view-text" dir="auto">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

/** Another follow-up meeting on a date after this one; asked first while items are unreviewed. */
function AnotherFollowUp({ followUp, plan, meetingDate }: OutcomeProps) {
  const { t, tn } = useI18n();
  const unreviewedCount = useUnreviewedCount(followUp, plan);
  const [unreviewed, setUnreviewed] = useState(0);
  const notify = useNotify();
  const { latest, change } = usePreparation();
  const titleId = useId();
  const [nextDate, setNextDate] = useState('');
  useUnsavedChangesGuard(nextDate !== '');
  const [dateError, setDateError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setError(null);
    if (nextDate === '') return setDateError('validation.required');
    if (!isNextDateAfter(meetingDate, nextDate)) return setDateError('validation.nextFollowUpDate');
    setDateError(undefined);
    setBusy(true);
    const count = await unreviewedCount();
    setBusy(false);
    if (count > 0) return setUnreviewed(count);
    await record(false);
  };

  const record = async (acceptUnreviewed: boolean) => {
    setBusy(true);
    const version = latest().followUps.find((f) => f.meetingId === followUp.meetingId)?.version ?? followUp.version;
    const result = await change('followUp.setOutcome', {
      meetingId: followUp.meetingId,
      version,
      outcome: 'another_follow_up',
      nextDate,
      closeReason: null,
      closeText: '',
      acceptUnreviewed,
    });
    setBusy(false);
    setUnreviewed(0);
    if (result.ok) return notify(t('followUp.outcome.saved'));
    const issue = issueOf(result, 'nextDate');
    if (issue) setDateError(issue);
    else setError(result.error);
  };

  return (
    <div className="card follow-up-choice" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('followUp.outcome.another.title')}</h3>
      <Field label={t('followUp.outcome.another.date')} error={dateError}>
        <DateField value={nextDate} onChange={(event) => setNextDate(event.target.value)} />
      </Field>
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
        {t('followUp.outcome.another.button')}
      </button>
      {error && <ErrorMessage error={error} />}
      <ConfirmDialog
        open={unreviewed > 0}
        title={t('followUp.outcome.unreviewed.title')}
        body={tn('followUp.outcome.unreviewed.body', unreviewed)}
        confirmLabel={t('followUp.outcome.unreviewed.confirm')}
        cancelLabel={t('followUp.outcome.unreviewed.back')}
        busy={busy}
        onCancel={() => setUnreviewed(0)}
        onConfirm={() => void record(true)}
      />
    </div>
  );
}

/**
 * Closing the conference, asked first, with a reason as the conference's own closing takes it;
 * the question also says how many items are still unreviewed.
 */
function CloseConference({ followUp, plan }: { followUp: FollowUp; plan: Plan | undefined }) {
  const { t, tn } = useI18n();
  const unreviewedCount = useUnreviewedCount(followUp, plan);
  const [unreviewed, setUnreviewed] = useState(0);
  const notify = useNotify();
  const { latest, change } = usePreparation();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<CloseReason>('plan_made');
  const [text, setText] = useState('');
  useUnsavedChangesGuard(open && text.trim() !== '');
  const [textError, setTextError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = async () => {
    setReason('plan_made');
    setText('');
    setTextError(undefined);
    setError(null);
    setUnreviewed(await unreviewedCount());
    setOpen(true);
  };

  const confirm = async () => {
    setError(null);
    if (reason === 'other' && text.trim() === '') return setTextError('validation.closeReasonText');
    setTextError(undefined);
    setBusy(true);
    const version = latest().followUps.find((f) => f.meetingId === followUp.meetingId)?.version ?? followUp.version;
    const result = await change('followUp.setOutcome', {
      meetingId: followUp.meetingId,
      version,
      outcome: 'close',
      nextDate: null,
      closeReason: reason,
      closeText: text,
      acceptUnreviewed: unreviewed > 0,
    });
    setBusy(false);
    if (result.ok) {
      setOpen(false);
      return notify(t('followUp.outcome.saved'));
    }
    const issue = issueOf(result, 'closeText');
    if (issue) setTextError(issue);
    else setError(result.error);
  };

  return (
    <div className="card follow-up-choice" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('followUp.outcome.close.title')}</h3>
      <p className="muted">{t('followUp.outcome.close.body')}</p>
      <button type="button" className="button button-secondary" onClick={() => void ask()}>
        {t('followUp.outcome.close.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('followUp.outcome.close.dialog')}
        body={t('followUp.outcome.close.dialogBody')}
        confirmLabel={t('followUp.outcome.close.confirm')}
        cancelLabel={t('form.cancel')}
        tone="danger"
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => void confirm()}
      >
        {unreviewed > 0 && (
          <p className="alert alert-error" role="alert">
            {tn('followUp.outcome.unreviewed.body', unreviewed)}
          </p>
        )}
        <fieldset className="radio-group">
          <legend className="field-label">{t('close.reason')}</legend>
          {CLOSE_REASONS.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={`${titleId}-reason`}
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
              />
              {t(`close.reason.${value}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('followUp.outcome.close.text')} optional={reason !== 'other'} error={textError}>
          <textarea rows={3} maxLength={1000} value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
        {error && <ErrorMessage error={error} />}
      </ConfirmDialog>
    </div>
  );
}
