import { defineMessages } from './define';

export const meetingDayMessages = defineMessages(
  {
    'meetingDay.placeholder': '',
  },
  {
    sv: { 'meetingDay.placeholder': '' },
    en: { 'meetingDay.placeholder': '' },
  },
);
