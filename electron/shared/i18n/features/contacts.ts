import { defineMessages } from './define';

export const contactsMessages = defineMessages(
  {},
  { sv: {}, en: {} },
);
