import { defineMessages } from './define';

export const planMessages = defineMessages(
  {
    'plan.placeholder': '',
  },
  {
    sv: { 'plan.placeholder': '' },
    en: { 'plan.placeholder': '' },
  },
);
