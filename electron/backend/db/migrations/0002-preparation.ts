import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

/*
 * The general questions every plan answers, in Finnish, as they were when this migration
 * shipped. Written out here on purpose: a shipped migration must never change, even when
 * the message catalog does.
 */
const GENERAL_QUESTIONS_FI = [
  'Jos työntekijöiden apua ja tukea tarvitaan, keneltä ja mihin?',
  'Miten suunnitelman toteutumista seurataan?',
  'Mitä tehdään, jos suunnitelman toteuttamisessa tulee ongelmia?',
  'Kuka saa suunnitelman?',
  'Milloin seurantakokous pidetään ja kenet siihen kutsutaan?',
] as const;

/**
 * The preparation phase: the conference's language, the commission agreement, the
 * network with its roles, the contact log and the social worker's summary. Every
 * existing conference gets an empty commission and a summary with the general questions.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'preparation',
  up(db) {
    db.exec(`
      ALTER TABLE conference ADD COLUMN language TEXT NOT NULL DEFAULT 'fi';

      CREATE TABLE commission (
        conference_id TEXT PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        agreed_date TEXT,
        social_worker_took_part INTEGER NOT NULL DEFAULT 1,
        voluntary_date TEXT,
        contact_consent_date TEXT,
        waiver_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Who took part in the agreement; leaving the conference removes them here too.
      CREATE TABLE commission_guardian (
        guardian_id TEXT PRIMARY KEY REFERENCES conference_guardian(id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE commission_child (
        child_id TEXT PRIMARY KEY REFERENCES conference_child(id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE commission_concern (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX commission_concern_conference ON commission_concern(conference_id, position);

      -- A child without a row has not decided yet ('undecided').
      CREATE TABLE child_participation (
        child_id TEXT PRIMARY KEY REFERENCES conference_child(id) ON DELETE CASCADE,
        participation TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE network_member (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        relation TEXT NOT NULL,
        sector TEXT NOT NULL,
        closeness TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'fi',
        other_language TEXT NOT NULL DEFAULT '',
        interpreter_needed INTEGER NOT NULL DEFAULT 0,
        accessibility TEXT NOT NULL DEFAULT '',
        diet TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        invite TEXT NOT NULL DEFAULT 'undecided',
        not_invited_reason TEXT NOT NULL DEFAULT '',
        reply TEXT NOT NULL DEFAULT 'not_asked',
        chairs_private_time INTEGER NOT NULL DEFAULT 0,
        takes_notes INTEGER NOT NULL DEFAULT 0,
        prepared_date TEXT,
        support_briefed_date TEXT,
        is_worker INTEGER NOT NULL DEFAULT 0,
        worker_organisation TEXT NOT NULL DEFAULT '',
        worker_topic TEXT NOT NULL DEFAULT '',
        worker_stays_for_plan INTEGER NOT NULL DEFAULT 0,
        worker_sharing_allowed INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX network_member_conference ON network_member(conference_id, created_at);

      -- A child has at most one support person (avustaja); a member may support several children.
      CREATE TABLE support_person (
        child_id TEXT PRIMARY KEY REFERENCES conference_child(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES network_member(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX support_person_member ON support_person(member_id);

      -- member_id NULL: a contact with the family itself.
      CREATE TABLE contact_entry (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        member_id TEXT REFERENCES network_member(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        channel TEXT NOT NULL,
        discussed TEXT NOT NULL,
        next_step TEXT NOT NULL DEFAULT '',
        next_step_date TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contact_entry_conference ON contact_entry(conference_id, date);
      CREATE INDEX contact_entry_member ON contact_entry(member_id);

      CREATE TABLE summary (
        conference_id TEXT PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        requested_date TEXT,
        received_date TEXT,
        parents_date TEXT,
        children_date TEXT,
        support_person_date TEXT,
        shared_with_network TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE summary_item (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        list TEXT NOT NULL CHECK (list IN ('open', 'general', 'must_include', 'not_acceptable')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX summary_item_conference ON summary_item(conference_id, list, position);
    `);

    // Conferences made before this version: their rows as conference.create now writes them,
    // stamped with the conference's creation time (deterministic, and never in the future).
    const conferences = db.prepare('SELECT id, created_at FROM conference ORDER BY rowid').all() as {
      id: string;
      created_at: string;
    }[];
    const commission = db.prepare('INSERT INTO commission (conference_id, updated_at) VALUES (@id, @created_at)');
    const summary = db.prepare('INSERT INTO summary (conference_id, updated_at) VALUES (@id, @created_at)');
    const question = db.prepare(
      `INSERT INTO summary_item (id, conference_id, list, position, text)
       VALUES (@itemId, @id, 'general', @position, @text)`,
    );
    for (const conference of conferences) {
      commission.run(conference);
      summary.run(conference);
      GENERAL_QUESTIONS_FI.forEach((text, position) => {
        question.run({ itemId: randomUUID(), id: conference.id, position, text });
      });
    }
  },
};
