import type { Migration } from './migration';

/**
 * A network member whose language is "other" (Somali, Arabic…) gets their letters in a
 * language the convener picks for them from those the letters are written in. NULL: the
 * conference's language, as before this column; a member speaking fi/sv/en keeps NULL,
 * their letter is in their own language.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'letter-language',
  up(db) {
    db.exec(`ALTER TABLE network_member ADD COLUMN letter_language TEXT CHECK (letter_language IN ('fi', 'sv', 'en'))`);
  },
};
