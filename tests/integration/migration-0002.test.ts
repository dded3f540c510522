import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { commissionUpdate } from '../fixtures/record-updates';
import { call, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';
import { open, migrationBackup, TABLES_AT_VERSION_2, userVersion, tables, columns } from '../helpers/migrations';

/* Migration 0002, on a database holding data (the runner itself: migration-runner.test.ts). */

describe('migration 0002', () => {
  // Literal on purpose: the migration must write what it wrote when it shipped, whatever the catalog says now.
  const FINNISH_GENERAL_QUESTIONS = [
    'Jos työntekijöiden apua ja tukea tarvitaan, keneltä ja mihin?',
    'Miten suunnitelman toteutumista seurataan?',
    'Mitä tehdään, jos suunnitelman toteuttamisessa tulee ongelmia?',
    'Kuka saa suunnitelman?',
    'Milloin seurantakokous pidetään ja kenet siihen kutsutaan?',
  ];
  const C1 = '11111111-1111-4111-8111-111111111111';
  const C2 = '11111111-1111-4111-8111-111111111112';
  const CHILD = '22222222-2222-4222-8222-222222222221';
  const GUARDIAN = '33333333-3333-4333-8333-333333333331';

  /** A data dir at schema version 1 holding two conferences, one closed, and a setting. */
  function dirAtVersion1() {
    const dir = useTempDir();
    const db = open(dir, [MIGRATIONS[0]!]);
    try {
      const insert = db.prepare(
        `INSERT INTO conference (id, reference, social_worker_name, commission_date, meeting_type, phase,
           close_reason, closed_at, phase_before_close, version, created_at, updated_at)
         VALUES (@id, @reference, 'Leena Korhonen', '2026-11-02', 'laheisneuvonpito', @phase,
           @close_reason, @closed_at, @phase_before_close, @version, @created_at, @updated_at)`,
      );
      insert.run({
        id: C1,
        reference: 'Äijälä 1/2026',
        phase: 'valmistelu',
        close_reason: null,
        closed_at: null,
        phase_before_close: null,
        version: 3,
        created_at: '2026-11-02T07:30:00.000Z',
        updated_at: '2026-11-20T12:00:00.000Z',
      });
      insert.run({
        id: C2,
        reference: 'Öhman 2/2026',
        phase: 'paattynyt',
        close_reason: 'family_withdrew',
        closed_at: '2026-12-01T09:00:00.000Z',
        phase_before_close: 'toimeksianto',
        version: 2,
        created_at: '2026-11-15T10:00:00.000Z',
        updated_at: '2026-12-01T09:00:00.000Z',
      });
      db.prepare(`INSERT INTO conference_child VALUES ('${CHILD}', '${C1}', 0, 'Äijö', 2015)`).run();
      db.prepare(`INSERT INTO conference_guardian VALUES ('${GUARDIAN}', '${C1}', 0, 'Maija Äijälä')`).run();
      db.prepare("INSERT INTO setting VALUES ('uiLanguage', '\"sv\"')").run();
    } finally {
      db.close();
    }
    return { dir, file: join(dir, DATABASE_FILE) };
  }

  it('gives existing conferences Finnish, an empty commission agreement and the Finnish general questions', () => {
    const { dir } = dirAtVersion1();
    const db = open(dir, MIGRATIONS.slice(0, 2));
    try {
      expect(userVersion(db)).toBe(2);
      expect(tables(db)).toEqual(TABLES_AT_VERSION_2);
      expect(db.prepare('SELECT id, reference, language, version FROM conference ORDER BY id').all()).toEqual([
        { id: C1, reference: 'Äijälä 1/2026', language: 'fi', version: 3 },
        { id: C2, reference: 'Öhman 2/2026', language: 'fi', version: 2 },
      ]);
      expect(db.prepare('SELECT * FROM commission ORDER BY conference_id').all()).toEqual([
        {
          conference_id: C1,
          agreed_date: null,
          social_worker_took_part: 1,
          voluntary_date: null,
          contact_consent_date: null,
          waiver_date: null,
          notes: '',
          version: 1,
          updated_at: '2026-11-02T07:30:00.000Z',
        },
        expect.objectContaining({ conference_id: C2, version: 1, updated_at: '2026-11-15T10:00:00.000Z' }),
      ]);
      expect(db.prepare('SELECT conference_id, text, version FROM summary ORDER BY conference_id').all()).toEqual([
        { conference_id: C1, text: '', version: 1 },
        { conference_id: C2, text: '', version: 1 },
      ]);
      for (const id of [C1, C2]) {
        const items = db
          .prepare("SELECT id, list, text FROM summary_item WHERE conference_id = ? ORDER BY position")
          .all(id) as { id: string; list: string; text: string }[];
        expect(items.map((item) => item.text)).toEqual(FINNISH_GENERAL_QUESTIONS);
        expect(items.every((item) => item.list === 'general')).toBe(true);
        for (const item of items) expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
      }
      const itemIds = db.prepare('SELECT id FROM summary_item').pluck().all();
      expect(new Set(itemIds).size).toBe(10);
      expect(db.prepare('SELECT first_name FROM conference_child').pluck().all()).toEqual(['Äijö']);
      expect(db.prepare('SELECT value FROM setting').pluck().all()).toEqual(['"sv"']);
    } finally {
      db.close();
    }

    const backup = openTestDatabaseFile(migrationBackup(dir));
    try {
      expect(userVersion(backup)).toBe(1);
      expect(tables(backup)).toEqual(['conference', 'conference_child', 'conference_guardian', 'setting']);
      expect(columns(backup, 'conference')).not.toContain('language');
      expect(backup.prepare('SELECT reference FROM conference ORDER BY id').pluck().all()).toEqual([
        'Äijälä 1/2026',
        'Öhman 2/2026',
      ]);
    } finally {
      backup.close();
    }
  });

  it('leaves a migrated conference ready for preparation through the API', async () => {
    const { dir } = dirAtVersion1();
    const { dispatch } = openTestBackend(dir);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: C1 });
    expect(prep.conference).toMatchObject({ id: C1, language: 'fi', version: 3 });
    expect(prep.children).toEqual([{ childId: CHILD, participation: 'undecided', note: '', version: 1 }]);
    // The guardian is in the network (migration 11), with her invitation left for the convener to decide.
    expect(prep.members).toEqual([
      expect.objectContaining({ name: 'Maija Äijälä', sector: 'family', closeness: 'close', invite: 'undecided', relation: 'huoltaja' }),
    ]);
    expect(prep.conference.guardians).toEqual([{ id: GUARDIAN, name: 'Maija Äijälä', memberId: prep.members[0]!.id }]);
    expect(prep.contacts).toEqual([]);
    expect(prep.summary.generalQuestions.map((q) => q.text)).toEqual(FINNISH_GENERAL_QUESTIONS);

    const updated = await call(dispatch, 'commission.update', {
      ...commissionUpdate(prep),
      agreedDate: '2026-11-20',
      guardianIds: [GUARDIAN],
      childIds: [CHILD],
      concerns: [{ text: 'Koulunkäynti' }],
    });
    expect(updated.commission).toMatchObject({ version: 2, guardianIds: [GUARDIAN], childIds: [CHILD] });
    // The closed conference came through as read-only as it was.
    const closed = await call(dispatch, 'preparation.get', { conferenceId: C2 });
    expect(closed.conference.closure).toMatchObject({ reason: 'family_withdrew' });
  });

  it('makes the new tables strict, with cascades from the conference and its people', () => {
    const { dir } = dirAtVersion1();
    const db = open(dir);
    try {
      expect(() =>
        db.prepare(`INSERT INTO summary_item VALUES ('x1', '${C1}', 'wishes', 0, 'Toive')`).run(),
      ).toThrow(/CHECK/);
      expect(() => db.prepare(`INSERT INTO commission_child VALUES ('not-a-child')`).run()).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("UPDATE commission SET social_worker_took_part = 'kyllä'").run()).toThrow(
        /cannot store TEXT value in INTEGER column/,
      );
      db.prepare(`INSERT INTO commission_child VALUES ('${CHILD}')`).run();
      db.prepare(`INSERT INTO commission_guardian VALUES ('${GUARDIAN}')`).run();
      db.prepare(`DELETE FROM conference WHERE id = '${C1}'`).run();
      for (const table of ['commission', 'summary']) {
        expect(db.prepare(`SELECT conference_id FROM ${table}`).pluck().all()).toEqual([C2]);
      }
      expect(db.prepare('SELECT count(*) FROM commission_child').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM commission_guardian').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM summary_item').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });
});
