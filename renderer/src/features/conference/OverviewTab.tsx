import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { conferenceTiming, isPastPreparation } from '../../../../electron/shared/conference/conference-timing';
import { conferenceMeetingHeld, nextDue, nextDueFactsOf } from '../../../../electron/shared/conference/next-due';
import type { CreateConferenceInput } from '../../../../electron/shared/conference/conference.schema';
import type { OpenPhase } from '../../../../electron/shared/conference/conference-lists';
import { recordedWork, workContradictedByMove, type RecordedWork } from '../../../../electron/shared/conference/recorded-phase';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { ArrangementsGlance } from '../arrangements/ArrangementsGlance';
import { PreparationGlance } from '../preparation/PreparationGlance';
import { ConferenceExportAction } from '../transfer/ConferenceExportAction';
import { usePreparation } from '../preparation/PreparationContext';
import { useStoredSettings } from '../settings/useStoredSettings';
import { toFormValues } from './conference-form-values';
import { ConferenceForm } from './ConferenceForm';
import { EnterAsHeldOffer, HeldBeforeCard } from './HeldBeforeCard';
import { NextDueLine } from './NextDueLine';
import { MeetingWhenLine } from './MeetingWhen';
import { meetingWhenOf } from '../../../../electron/shared/conference/meeting-when';
import { PhaseStepper } from './PhaseStepper';
import { TimingBadge } from './TimingBadge';
import { useRecordText } from './useRecordText';

/** The stored people `values` leaves out: the form has asked about those with records. */
function removedIds(stored: readonly { id: string }[], values: readonly { id?: string }[]): string[] {
  const kept = new Set(values.map((person) => person.id));
  return stored.filter((person) => !kept.has(person.id)).map((person) => person.id);
}

/** The conference at a glance: phase, timing, what preparation still lacks, and its details. */
export function OverviewTab({ onActionError }: { onActionError(error: ApiError | null): void }) {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const { prep, today, readOnly, latest, applyConference } = usePreparation();
  const recordText = useRecordText();
  // A move to a phase before what is recorded, waiting for the convener's answer.
  const [phaseBack, setPhaseBack] = useState<{ phase: OpenPhase; work: RecordedWork[] } | null>(null);
  const conference = prep.conference;
  const when = meetingWhenOf(prep);
  const settings = useStoredSettings();
  // The same rule as the list's column, from the preparation this page already has.
  const next = settings.state === 'ready' ? nextDue(nextDueFactsOf(prep), settings.settings.checklist, today) : undefined;
  // The window follows the same facts as the next step: never "held" beside "agree the date".
  const timing = conferenceTiming(conference, today, conferenceMeetingHeld(next));

  const movePhase = async (phase: OpenPhase, confirmEarlierPhase = false) => {
    const current = latest().conference;
    const result = await api.call('conference.update', {
      ...toFormValues(current),
      id: current.id,
      version: current.version,
      phase,
      confirmEarlierPhase,
    });
    setPhaseBack(null);
    if (!result.ok) return onActionError(result.error);
    onActionError(null);
    applyConference(result.value);
    notify(t('conference.phase.moved', { phase: t(`phase.${phase}`) }));
  };

  // Moving before the recorded work is said and asked first; any other move happens at once.
  const askMovePhase = (phase: OpenPhase) => {
    const work = workContradictedByMove(conference.phase, phase, recordedWork(latest()));
    if (work.length > 0) setPhaseBack({ phase, work });
    else void movePhase(phase);
  };

  const save = ({ heldBefore: _held, ...values }: CreateConferenceInput) => {
    const current = latest().conference;
    return api.call('conference.update', {
      ...values,
      id: current.id,
      version: current.version,
      phase: current.phase as OpenPhase,
      removedChildIds: removedIds(current.children, values.children),
      removedGuardianIds: removedIds(current.guardians, values.guardians),
    });
  };

  return (
    <>
      <div className="card">
        <PhaseStepper meetingType={conference.meetingType} phase={conference.phase} disabled={readOnly} onMove={askMovePhase} />
        {next && (
          <p className="overview-next">
            <span className="overview-next-label">{t('nextDue.title')}:</span>{' '}
            <NextDueLine next={next} conferenceId={conference.id} meetingType={conference.meetingType} today={today} />
          </p>
        )}
      </div>

      <section className="card timing-card" aria-labelledby="timing-title">
        <h2 id="timing-title">{t('conference.timing.title')}</h2>
        {when && (
          <p className="timing-meeting">
            <MeetingWhenLine when={when} timing={timing} today={today} compact />
          </p>
        )}
        <div className="timing-row">
          <p className={when ? 'timing-window timing-window-second' : 'timing-window'}>
            {when
              ? t('when.window.label', { window: t('timing.window', { opens: formatDate(timing.opens), closes: formatDate(timing.closes) }) })
              : t('timing.window', { opens: formatDate(timing.opens), closes: formatDate(timing.closes) })}
          </p>
          {/* With a date agreed, the days left in the window matter no more; the date is flagged instead. */}
          {(!when || timing.status === 'held' || timing.status === 'closed') && <TimingBadge timing={timing} />}
        </div>
        <p className="muted">
          {t(`timing.rule.${conference.meetingType}`)} {t(`conference.timing.commission.${conference.meetingType}`, { date: formatDate(conference.commissionDate) })}
        </p>
        <EnterAsHeldOffer />
      </section>

      {/* Once the meeting has begun, the coming meeting matters more than the preparation behind it. */}
      {isPastPreparation(conference.phase) ? (
        <>
          <ArrangementsGlance />
          <PreparationGlance />
        </>
      ) : (
        <>
          <PreparationGlance />
          <ArrangementsGlance />
        </>
      )}
      <HeldBeforeCard />

      <section aria-labelledby="details-title">
        <h2 id="details-title" className="section-title">
          {t('conference.details')}
        </h2>
        <ConferenceForm
          defaultValues={toFormValues(conference)}
          readOnly={readOnly}
          records={prep}
          onSubmit={save}
          valuesAfterSave={toFormValues}
          onSaved={(saved) => {
            applyConference(saved);
            notify(t('form.saved'));
          }}
        />
      </section>

      <ConferenceExportAction conferenceId={conference.id} />

      <ConfirmDialog
        open={phaseBack !== null}
        title={t('conference.phaseBack.title', { phase: phaseBack ? t(`phase.${phaseBack.phase}`) : '' })}
        body={t('conference.phaseBack.body')}
        cancelLabel={t('form.cancel')}
        confirmLabel={t('conference.phaseBack.confirm', { phase: phaseBack ? t(`phase.${phaseBack.phase}`) : '' })}
        onCancel={() => setPhaseBack(null)}
        onConfirm={() => phaseBack && void movePhase(phaseBack.phase, true)}
      >
        <ul className="delete-list">
          {phaseBack?.work.map((item) => <li key={item.kind}>{recordText.work(item)}</li>)}
        </ul>
        <p className="dialog-body">{t('conference.phaseBack.meaning')}</p>
        {phaseBack && isPastPreparation(conference.phase) && !isPastPreparation(phaseBack.phase) && (
          <p className="dialog-body">{t('conference.phaseBack.timing')}</p>
        )}
      </ConfirmDialog>
    </>
  );
}
