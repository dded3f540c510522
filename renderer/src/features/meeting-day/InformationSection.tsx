import { isolate } from '../../../../electron/shared/i18n/isolate';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { ChildCard } from './ChildCard';
import { dayUpdate, listedMembers, newest, presenceOf } from './meeting-time';
import { ToggleButton } from './ToggleButton';
import { useDayChange } from './useDayChange';
import { useSaveAttendance } from './useSaveAttendance';

/** Part 1, tiedonanto: the workers' information, the questions, and each child's own information. */
export function InformationSection({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const workers = listedMembers(prep, meeting).filter((m) => m.worker !== null);
  const gave = workers.filter((w) => presenceOf(meeting.day, w.id).gaveInformation).length;

  return (
    <section id="mm-section-information" className="mm-section" aria-labelledby="mm-information-title">
      <div className="mm-section-head">
        <h2 id="mm-information-title">
          <span className="mm-section-number">{t('meetingDay.part.number', { number: 1 })}</span>
          {t('meetingDay.part.information')}
        </h2>
      </div>
      <p className="mm-intro">{t(meeting.kind === 'follow_up' ? 'meetingDay.information.followUpIntro' : 'meetingDay.information.intro')}</p>

      <div className="mm-information-grid">
        <div className="card mm-block" role="group" aria-labelledby="mm-workers-title">
          <div className="mm-block-head">
            <h3 id="mm-workers-title">{t('meetingDay.information.workers')}</h3>
            {workers.length > 0 && (
              <span className="mm-block-count">{t('meetingDay.information.gaveCount', { count: gave, total: workers.length })}</span>
            )}
          </div>
          {workers.length === 0 ? (
            <p className="muted">{t('meetingDay.information.noWorkers')}</p>
          ) : (
            <ul className="mm-workers">
              {workers.map((worker) => (
                <WorkerRow key={worker.id} meeting={meeting} worker={worker} />
              ))}
            </ul>
          )}
        </div>
        <Questions meeting={meeting} />
      </div>

      <div className="mm-children" role="group" aria-labelledby="mm-children-title">
        <h3 id="mm-children-title">{t('meetingDay.children.title')}</h3>
        {prep.conference.children.length === 0 ? (
          <p className="muted">{t('meetingDay.children.none')}</p>
        ) : (
          prep.conference.children.map((child) => <ChildCard key={child.id} meeting={meeting} child={child} />)
        )}
      </div>
    </section>
  );
}

function WorkerRow({ meeting, worker }: { meeting: Meeting; worker: NetworkMember }) {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const save = useSaveAttendance(meeting, worker.id);
  const record = presenceOf(meeting.day, worker.id);
  const toggle = () =>
    void save({
      gaveInformation: !record.gaveInformation,
      // Whoever gave information was there: an unmarked worker is marked present.
      presence: record.presence === 'unknown' ? 'in_person' : record.presence,
    });

  return (
    <li className="mm-worker">
      <div>
        <p className="mm-person-name" dir="auto">
          {worker.name}
        </p>
        <p className="mm-person-detail">
          {[worker.worker?.organisation ?? '', worker.relation].filter((part) => part !== '').map(isolate).join(' · ')}
        </p>
        {worker.worker?.topic && (
          <p className="mm-worker-topic" dir="auto">
            {worker.worker.topic}
          </p>
        )}
      </div>
      <ToggleButton tone="in_person" pressed={record.gaveInformation} disabled={readOnly} onClick={toggle}>
        {t('meetingDay.information.gave')}
      </ToggleButton>
    </li>
  );
}

/**
 * The social worker's questions: how many, and whether they have been presented. The
 * conference's are in its summary; a follow-up's in the follow-up summary, which is read
 * with the review of the plan on the follow-up tab.
 */
function Questions({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep, readOnly, latest } = usePreparation();
  const run = useDayChange();
  const presented = meeting.day.questionsPresented;
  const toggle = () => {
    const current = newest(latest(), meeting);
    void run('meetingDay.update', dayUpdate(current, { questionsPresented: !current.day.questionsPresented }));
  };
  const followUpQuestions = prep.followUps.find((f) => f.meetingId === meeting.id)?.summary.questions.length ?? 0;

  return (
    <div className="card mm-block" role="group" aria-labelledby="mm-questions-title">
      <h3 id="mm-questions-title">{t('meetingDay.information.questions')}</h3>
      <p>
        {meeting.kind === 'follow_up'
          ? followUpQuestions > 0
            ? t('meetingDay.information.followUpQuestionsCount', { count: followUpQuestions })
            : t('meetingDay.information.followUpNoQuestions')
          : t('meetingDay.information.questionsCount', {
              open: prep.summary.openQuestions.length,
              general: prep.summary.generalQuestions.length,
            })}
      </p>
      <ToggleButton tone="in_person" pressed={presented} disabled={readOnly} onClick={toggle}>
        {t('meetingDay.information.questionsPresented')}
      </ToggleButton>
      {meeting.kind === 'follow_up' && (
        <a className="mm-block-link" href={href({ name: 'conference', id: prep.conference.id, tab: 'followUp' })}>
          {t('meetingDay.information.followUpOpen')} →
        </a>
      )}
    </div>
  );
}
