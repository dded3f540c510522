import { interpretersOnSiteOf } from '../../../../electron/shared/arrangements/attendance';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { AddPersonForm } from './AddPersonForm';
import { useArrangementText } from '../arrangements/useArrangementText';
import { AttendanceRow } from './AttendanceRow';
import { dayUpdate, listedMembers, newest, presenceCounts } from './meeting-time';
import { ToggleButton } from './ToggleButton';
import { useDayChange } from './useDayChange';

const COUNTED = ['in_person', 'remote', 'written_views', 'absent', 'unknown'] as const;
/** The shared badge tone of each count: who is in the room green, the unmarked a warning. */
const COUNT_TONE: Record<(typeof COUNTED)[number], string> = {
  in_person: 'success',
  remote: 'info',
  written_views: 'neutral',
  absent: 'neutral',
  unknown: 'warning',
};
/** Always shown, even at zero: the two numbers the convener is asked for. */
const ALWAYS_COUNTED: readonly string[] = ['in_person', 'remote'];

/** Who came, and how: one row per invited person with big buttons, the social worker first. */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep, readOnly } = usePreparation();
  const members = listedMembers(prep, meeting);
  const counts = presenceCounts(meeting.day, members);

  return (
    <section className="mm-section" aria-labelledby="mm-attendance-title">
      <div className="mm-section-head">
        <h2 id="mm-attendance-title">{t('meetingDay.attendance.title')}</h2>
        <ul className="mm-counts" aria-label={t('meetingDay.attendance.counts')}>
          {COUNTED.filter((presence) => ALWAYS_COUNTED.includes(presence) || counts[presence] > 0).map((presence) => (
            <li key={presence} className={`badge badge-${COUNT_TONE[presence]} mm-badge-large`}>
              {t(`meetingDay.attendance.count.${presence}`, { count: counts[presence] })}
            </li>
          ))}
        </ul>
      </div>
      {!readOnly && (
        <p className="mm-intro">
          {t(meeting.kind === 'follow_up' ? 'meetingDay.attendance.followUpIntro' : 'meetingDay.attendance.intro')}
        </p>
      )}
      <ul className="mm-people">
        <SocialWorkerRow meeting={meeting} />
        <HelperRows meeting={meeting} />
        {members.map((member) => (
          <AttendanceRow key={member.id} meeting={meeting} member={member} />
        ))}
      </ul>
      {members.length === 0 && <p className="muted">{t('meetingDay.attendance.none')}</p>}
      <AddPersonForm meeting={meeting} />
    </section>
  );
}

/**
 * Those there for the meeting but not of the network, from its arrangements: an interpreter on
 * site for each on-site line and the childcare worker. Shown so the list matches the headcount.
 */
function HelperRows({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const text = useArrangementText();
  const helpers = [
    ...interpretersOnSiteOf(meeting).map((line) => ({
      key: `interpreter-${line.language}`,
      name: t('meetingDay.helpers.interpreter', { language: text.language(line.language) }),
      who: line.provider,
    })),
    ...(meeting.childcareNeeded ? [{ key: 'childcare', name: t('meetingDay.helpers.childcare'), who: meeting.childcare }] : []),
  ];
  return helpers.map((helper) => (
    <li key={helper.key} className="mm-person">
      <div className="mm-person-who">
        <p className="mm-person-name">{helper.name}</p>
        <p className="mm-person-detail">
          {helper.who && <span dir="auto">{helper.who} · </span>}
          {t('meetingDay.helpers.detail')}
        </p>
      </div>
    </li>
  ));
}

/** The social worker is not a network member: present or not is a field of the day. */
function SocialWorkerRow({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep, readOnly, latest } = usePreparation();
  const run = useDayChange();
  const present = meeting.day.socialWorkerPresent;
  const set = (value: boolean) => {
    const current = newest(latest(), meeting);
    if (current.day.socialWorkerPresent === value) return;
    void run('meetingDay.update', dayUpdate(current, { socialWorkerPresent: value }));
  };
  const name = prep.conference.socialWorker.name;

  return (
    <li className="mm-person">
      <div className="mm-person-who">
        <p className="mm-person-name" dir="auto">
          {name || t('meetingDay.attendance.socialWorker')}
        </p>
        <p className="mm-person-detail">{t('meetingDay.attendance.socialWorker')}</p>
      </div>
      <div className="mm-toggles" role="group" aria-label={t('meetingDay.attendance.socialWorkerPresence')}>
        <ToggleButton tone="in_person" pressed={present} disabled={readOnly} onClick={() => set(true)}>
          {t('meetingDay.presence.in_person')}
        </ToggleButton>
        <ToggleButton tone="absent" pressed={!present} disabled={readOnly} onClick={() => set(false)}>
          {t('meetingDay.presence.absent')}
        </ToggleButton>
      </div>
    </li>
  );
}
