import { defineMessages } from './define';

export const summaryMessages = defineMessages(
  {},
  { sv: {}, en: {} },
);
