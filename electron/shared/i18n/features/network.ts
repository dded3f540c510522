import { defineMessages } from './define';

export const networkMessages = defineMessages(
  {},
  { sv: {}, en: {} },
);
