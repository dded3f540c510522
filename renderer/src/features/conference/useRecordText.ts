import { useMemo } from 'react';
import type { ChildRecord, GuardianRecord, RecordMeeting } from '../../../../electron/shared/conference/person-records';
import type { RecordedWork } from '../../../../electron/shared/conference/recorded-phase';
import { useI18n } from '../../i18n/I18nProvider';

/** The words the overview uses for what is recorded: a person's records, and work that sets the phase. */
export function useRecordText() {
  const { t, formatDate } = useI18n();
  return useMemo(() => {
    const meeting = ({ kind, date }: RecordMeeting): string =>
      date ? t(`conference.record.meeting.${kind}On`, { date: formatDate(date) }) : t(`conference.record.meeting.${kind}`);

    const personRecord = (record: ChildRecord | GuardianRecord): string => {
      switch (record.kind) {
        case 'commission':
          return t('conference.record.commission');
        case 'participation':
          return t(record.note ? 'conference.record.participationNote' : 'conference.record.participation', {
            participation: t(`network.participation.${record.participation}`),
          });
        case 'supportPerson':
          return t('conference.record.supportPerson', { name: record.memberName });
        case 'heard':
          return t('conference.record.heard', { meeting: meeting(record.meeting), heard: t(`meetingDay.heard.${record.heard}`) });
        case 'threeHouses':
          return t('conference.record.threeHouses', { meeting: meeting(record.meeting) });
      }
    };

    const work = (item: RecordedWork): string => {
      switch (item.kind) {
        case 'planAccepted':
          return item.number === 1
            ? t('conference.work.planAccepted', { date: formatDate(item.date) })
            : t('conference.work.planAcceptedVersion', { number: item.number, date: formatDate(item.date) });
        case 'planRecorded':
          return t('conference.work.planRecorded');
        case 'meetingStarted':
          return t('conference.work.meetingStarted', { date: formatDate(item.date) });
        case 'meetingHeldBefore':
          return t('heldBefore.work', { date: formatDate(item.date) });
        case 'commissionAgreed':
          return t('conference.work.commissionAgreed', { date: formatDate(item.date) });
      }
    };

    return { personRecord, work };
  }, [t, formatDate]);
}
