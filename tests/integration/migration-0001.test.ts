import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { useTempDir } from '../helpers/temp-dir';
import { open, userVersion } from '../helpers/migrations';

/* Migration 0001, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0001', () => {
  it('creates the schema and accepts a conference with children, guardians and settings', () => {
    const dir = useTempDir();
    const db = open(dir, [MIGRATIONS[0]!]);
    try {
      expect(userVersion(db)).toBe(1);
      const now = '2027-01-11T08:00:00.000Z';
      db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, phase,
           created_at, updated_at) VALUES ('c1', 'Äijälä 1/2027', 'Leena Korhonen', '2027-01-11',
           'laheisneuvonpito', 'toimeksianto', @now, @now)`,
      ).run({ now });
      db.prepare("INSERT INTO conference_child VALUES ('k1', 'c1', 0, 'Äijö', 2015)").run();
      db.prepare("INSERT INTO conference_guardian VALUES ('g1', 'c1', 0, 'Maija Äijälä')").run();
      db.prepare("INSERT INTO setting VALUES ('uiLanguage', '\"fi\"')").run();

      expect(db.prepare('SELECT * FROM conference').get()).toMatchObject({
        reference: 'Äijälä 1/2027',
        social_worker_unit: '',
        notes: '',
        version: 1,
        closed_at: null,
      });
      expect(db.prepare('SELECT first_name, birth_year FROM conference_child').get()).toEqual({
        first_name: 'Äijö',
        birth_year: 2015,
      });

      // STRICT tables refuse wrong types; foreign keys refuse orphans and cascade deletes.
      expect(() => db.prepare("INSERT INTO conference_child VALUES ('k2', 'c1', 1, 'Sanni', 'vuosi')").run()).toThrow();
      expect(() => db.prepare("INSERT INTO conference_child VALUES ('k3', 'nope', 0, 'Sanni', 2019)").run()).toThrow(
        /FOREIGN KEY/,
      );
      db.prepare("DELETE FROM conference WHERE id = 'c1'").run();
      expect(db.prepare('SELECT count(*) FROM conference_child').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM conference_guardian').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
