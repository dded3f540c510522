import { useId, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { noFollowUpAgreed, openFollowUp, planInForce } from '../../../../electron/shared/follow-up/follow-up-rules';
import type { FollowUp } from '../../../../electron/shared/follow-up/follow-up.schema';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { useUnsavedChangesGuard } from '../../app/Router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { useMeetingName } from '../arrangements/useMeetingChoice';
import { usePreparation } from '../preparation/PreparationContext';
import { FollowUpExport } from './FollowUpExport';
import { FollowUpOutcomeSection } from './FollowUpOutcomeSection';
import { FollowUpReviews } from './FollowUpReviews';
import { FollowUpSummaryForm } from './FollowUpSummaryForm';
import '../arrangements/arrangements.css';
import './follow-up.css';
import { DateField } from '../../components/DateField';

/**
 * The follow-up meeting (seurantakokous): made from the plan in force, prepared with the
 * social worker's follow-up summary, the plan reviewed item by item, and its outcome.
 */
export function FollowUpPage({ onClose }: { /** Opens the dialog that closes the conference. */ onClose?(): void } = {}) {
  const { t } = useI18n();
  const { prep, readOnly } = usePreparation();
  const [createAnyway, setCreateAnyway] = useState(false);
  const inForce = planInForce(prep.plans);
  const current = openFollowUp(prep.followUps) ?? prep.followUps.at(-1);
  // The open follow-up is the one being worked on; once all are decided, the latest. Any
  // earlier one can be chosen: its reviews stay correctable until the conference is closed.
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = prep.followUps.find((f) => f.meetingId === chosen) ?? current;
  const canCreate = !readOnly && inForce !== undefined && openFollowUp(prep.followUps) === undefined;
  // Where a follow-up is held only when agreed and the plan agrees none, closing comes first.
  const notAgreed = canCreate && !createAnyway && noFollowUpAgreed(prep.conference.meetingType, inForce, prep.followUps);

  if (!shown && !canCreate) {
    return (
      <div className="follow-up-page">
        <EmptyState title={t('followUp.empty.title')} body={t('followUp.empty.body')} />
      </div>
    );
  }

  return (
    <div className="follow-up-page">
      <p className="muted follow-up-intro">{t('followUp.intro')}</p>
      {readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
      {notAgreed ? (
        <NotAgreed onClose={onClose} onCreate={() => setCreateAnyway(true)} />
      ) : (
        canCreate && inForce && <CreateFollowUp plan={inForce} another={shown !== undefined} />
      )}
      {shown && <FollowUpPicker shown={shown} onChoose={setChosen} />}
      {shown && <FollowUpMeeting key={shown.meetingId} followUp={shown} />}
    </div>
  );
}

/** No follow-up is agreed: close the conference, or make a follow-up meeting anyway. */
function NotAgreed({ onClose, onCreate }: { onClose?(): void; onCreate(): void }) {
  const { t } = useI18n();
  return (
    <section className="card follow-up-create" aria-labelledby="follow-up-not-agreed-title">
      <h2 id="follow-up-not-agreed-title">{t('followUp.notAgreed.title')}</h2>
      <p>{t('followUp.notAgreed.body')}</p>
      <div className="plan-buttons">
        {onClose && (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('followUp.notAgreed.close')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onCreate}>
          {t('followUp.notAgreed.create')}
        </button>
      </div>
    </section>
  );
}

/** The card that makes the follow-up meeting on the date the plan agreed. */
function CreateFollowUp({ plan, another }: { plan: Plan; another: boolean }) {
  const { t } = useI18n();
  const { change } = usePreparation();
  const [date, setDate] = useState(plan.followUpDate ?? '');
  // A date changed here is asked about before leaving, as any form's typing is.
  useUnsavedChangesGuard(date !== (plan.followUpDate ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    const result = await change('followUp.create', { planId: plan.id, version: plan.version, date });
    setBusy(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <section className="card follow-up-create" aria-labelledby="follow-up-create-title">
      <h2 id="follow-up-create-title">{t('followUp.create.title')}</h2>
      <p>
        {another
          ? t('followUp.create.another')
          : plan.followUpDate
            ? t('followUp.create.body', { number: plan.number })
            : t('followUp.create.noDate')}
      </p>
      <div className="follow-up-create-row">
        <div className="field">
          <label htmlFor="follow-up-create-date" className="field-label">
            {t('followUp.create.date')}
          </label>
          <DateField id="follow-up-create-date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void create()}>
          {t('followUp.create.button')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}

/** Which follow-up meeting the tab shows, once there is more than one: each by date and whether it is decided. */
function FollowUpPicker({ shown, onChoose }: { shown: FollowUp; onChoose(meetingId: string): void }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const name = useMeetingName();
  const id = useId();
  if (prep.followUps.length < 2) return null;
  return (
    <div className="meeting-picker follow-up-picker">
      <label htmlFor={id} className="field-label">
        {t('followUp.pick.label')}
      </label>
      <select id={id} value={shown.meetingId} aria-describedby={`${id}-hint`} onChange={(event) => onChoose(event.target.value)}>
        {prep.followUps.map((followUp) => {
          const meeting = prep.meetings.find((m) => m.id === followUp.meetingId);
          const meetingName = meeting ? name(meeting) : t('followUp.meeting.title');
          return (
            <option key={followUp.meetingId} value={followUp.meetingId}>
              {t(followUp.outcome ? 'followUp.pick.decided' : 'followUp.pick.open', { meeting: meetingName })}
            </option>
          );
        })}
      </select>
      <span id={`${id}-hint`} className="muted meeting-picker-hint">
        {t('followUp.pick.hint')}
      </span>
    </div>
  );
}

/** One follow-up meeting: when it is, its summary, the review of the plan and the outcome. */
function FollowUpMeeting({ followUp }: { followUp: FollowUp }) {
  const { t, formatDate } = useI18n();
  const { prep } = usePreparation();
  const meeting = prep.meetings.find((m) => m.id === followUp.meetingId);
  const plan = followUp.planId ? prep.plans.find((p) => p.id === followUp.planId) : undefined;

  return (
    <>
      <section className="card follow-up-meeting" aria-labelledby="follow-up-meeting-title">
        <h2 id="follow-up-meeting-title">{t('followUp.meeting.title')}</h2>
        <p className="follow-up-date">
          {meeting?.date ? t('followUp.meeting.date', { date: formatDate(meeting.date) }) : t('followUp.meeting.noDate')}
        </p>
        <p className="muted">{followUp.outcome ? t('followUp.meeting.closed') : t('followUp.meeting.arrangements')}</p>
        <FollowUpExport meetingId={followUp.meetingId} />
      </section>
      <FollowUpSummaryForm followUp={followUp} />
      <FollowUpReviews followUp={followUp} plan={plan} />
      <FollowUpOutcomeSection followUp={followUp} plan={plan} meetingDate={meeting?.date ?? null} />
    </>
  );
}
