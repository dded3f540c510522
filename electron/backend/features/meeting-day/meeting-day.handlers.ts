import type { Handlers } from '../../api/handlers';

type MeetingDayMethod =
  | 'meetingDay.update'
  | 'meetingDay.timer'
  | 'meetingDay.setAttendance'
  | 'meetingDay.addPerson'
  | 'meetingDay.setChild';

const notYet = () => {
  throw new Error('not implemented yet');
};

export const meetingDayHandlers: Pick<Handlers, MeetingDayMethod> = {
  'meetingDay.update': notYet,
  'meetingDay.timer': notYet,
  'meetingDay.setAttendance': notYet,
  'meetingDay.addPerson': notYet,
  'meetingDay.setChild': notYet,
};
