import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import type { Migration } from '../../electron/backend/db/migrations/migration';
import { TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/* Migration 0014: the written-views letter in the letters log, the day views arrived, the venue's letter texts per language. */

const open = (dir: string, migrations?: readonly Migration[]): Db => openDatabase(dir, TEST_DATABASE_KEY, migrations);

const FINNISH = '11111111-1111-4111-8111-111111111141';
const SWEDISH = '11111111-1111-4111-8111-111111111142';
const FI_MEETING = '66666666-6666-4666-8666-666666666641';
const SV_MEETING = '66666666-6666-4666-8666-666666666642';
const MEMBER = '44444444-4444-4444-8444-444444444441';
const AT = '2027-03-01T07:30:00.000Z';

function dirAtVersion13() {
  const dir = useTempDir();
  const db = open(dir, MIGRATIONS.slice(0, 13));
  try {
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    for (const [id, language] of [
      [FINNISH, 'fi'],
      [SWEDISH, 'sv'],
    ] as const) {
      run(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, language, phase, version, created_at, updated_at)
         VALUES (?, ?, 'Leena Korhonen', '2027-02-01', 'laheisneuvonpito', ?, 'valmistelu', 1, ?, ?)`,
        id,
        `Äijälä ${language}/2027`,
        language,
        AT,
        AT,
      );
    }
    for (const [id, conferenceId, room, parking] of [
      [FI_MEETING, FINNISH, 'Sali 2', 'Bussi 79 ovelle'],
      [SV_MEETING, SWEDISH, 'Sal 2', 'Buss 79 till dörren'],
    ] as const) {
      run(
        `INSERT INTO meeting (id, conference_id, kind, date, venue_main_room, venue_accessibility, venue_parking, created_at, updated_at)
         VALUES (?, ?, 'conference', '2027-03-10', ?, '', ?, ?, ?)`,
        id,
        conferenceId,
        room,
        parking,
        AT,
        AT,
      );
    }
    run(
      `INSERT INTO network_member (id, conference_id, name, relation, sector, closeness, invite, version, created_at, updated_at)
       VALUES (?, ?, 'Veikko Rinne', 'naapuri', 'friends', 'middle', 'written_views', 1, ?, ?)`,
      MEMBER,
      FINNISH,
      AT,
      AT,
    );
    run(`INSERT INTO meeting_attendance (meeting_id, member_id, presence, gave_information, version) VALUES (?, ?, 'written_views', 0, 2)`, FI_MEETING, MEMBER);
    run(
      `INSERT INTO letter_export (id, meeting_id, letter, recipient_id, exported_at, exported_by) VALUES ('l1', ?, 'invitation', ?, ?, 'Riikka Salmela')`,
      FI_MEETING,
      MEMBER,
      AT,
    );
  } finally {
    db.close();
  }
  return dir;
}

describe('migration 0014', () => {
  it('keeps the venue texts as the conference language’s, the letters log and the views recorded, and widens what they accept', () => {
    const db = open(dirAtVersion13(), MIGRATIONS.slice(0, 14));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(14);
      expect(
        db
          .prepare(
            `SELECT id, venue_main_room_fi, venue_main_room_sv, venue_main_room_en, venue_parking_fi, venue_parking_sv, venue_accessibility_fi
             FROM meeting ORDER BY id`,
          )
          .all(),
      ).toEqual([
        { id: FI_MEETING, venue_main_room_fi: 'Sali 2', venue_main_room_sv: '', venue_main_room_en: '', venue_parking_fi: 'Bussi 79 ovelle', venue_parking_sv: '', venue_accessibility_fi: '' },
        { id: SV_MEETING, venue_main_room_fi: '', venue_main_room_sv: 'Sal 2', venue_main_room_en: '', venue_parking_fi: '', venue_parking_sv: 'Buss 79 till dörren', venue_accessibility_fi: '' },
      ]);
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('meeting')`).pluck().all() as string[]).filter((c) => /^venue_(main_room|parking|accessibility)$/.test(c));
      expect(columns).toEqual([]);

      // Views recorded before keep their mark; the day they arrived is not known.
      expect(db.prepare('SELECT presence, views_received_date FROM meeting_attendance').all()).toEqual([{ presence: 'written_views', views_received_date: null }]);
      db.prepare(`UPDATE meeting_attendance SET views_received_date = '2027-03-05'`).run();
      expect(() => db.prepare(`UPDATE meeting_attendance SET presence = 'in_person'`).run()).toThrow(/CHECK/);

      // The letters log keeps its rows and now takes the request for written views, and nothing else new.
      expect(db.prepare('SELECT id, letter, exported_by FROM letter_export').all()).toEqual([{ id: 'l1', letter: 'invitation', exported_by: 'Riikka Salmela' }]);
      db.prepare(`INSERT INTO letter_export (id, meeting_id, letter, recipient_id, exported_at) VALUES ('l2', ?, 'written_views', ?, ?)`).run(FI_MEETING, MEMBER, AT);
      expect(() =>
        db.prepare(`INSERT INTO letter_export (id, meeting_id, letter, recipient_id, exported_at) VALUES ('l3', ?, 'poem', ?, ?)`).run(FI_MEETING, MEMBER, AT),
      ).toThrow(/CHECK/);
      db.prepare('DELETE FROM meeting WHERE id = ?').run(FI_MEETING);
      expect(db.prepare('SELECT count(*) FROM letter_export').pluck().get()).toBe(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
