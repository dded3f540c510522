import { defineMessages } from './define';

export const commissionMessages = defineMessages(
  {},
  { sv: {}, en: {} },
);
