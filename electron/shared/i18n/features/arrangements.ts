import { defineMessages } from './define';

export const arrangementsMessages = defineMessages(
  {
    'arrangements.placeholder': '',
  },
  {
    sv: { 'arrangements.placeholder': '' },
    en: { 'arrangements.placeholder': '' },
  },
);
