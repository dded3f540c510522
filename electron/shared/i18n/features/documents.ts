import { defineMessages } from './define';

export const documentsMessages = defineMessages(
  {
    'documents.placeholder': '',
  },
  {
    sv: { 'documents.placeholder': '' },
    en: { 'documents.placeholder': '' },
  },
);
