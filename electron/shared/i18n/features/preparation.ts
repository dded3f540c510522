import { defineMessages } from './define';

export const preparationMessages = defineMessages(
  {},
  { sv: {}, en: {} },
);
