import { defineMessages } from './define';

export const exportsMessages = defineMessages(
  {
    'exports.placeholder': '',
  },
  {
    sv: { 'exports.placeholder': '' },
    en: { 'exports.placeholder': '' },
  },
);
