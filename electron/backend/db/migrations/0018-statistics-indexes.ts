import type { Migration } from './migration';

/**
 * The statistics (issue 15) read every conference's network and contact lengths in one pass:
 * these indexes let them do so without the wide rows (names, notes, what was discussed).
 * `network_member_statistics` covers what the records read of a person; `contact_entry_duration`
 * holds only the contacts that carry a length.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'statistics-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX contact_entry_duration ON contact_entry(conference_id, date, duration_minutes) WHERE duration_minutes IS NOT NULL;
      CREATE INDEX network_member_statistics ON network_member(conference_id, sector, invite, is_worker, id);
    `);
  },
};
