import type { Migration } from './migration';

/**
 * A follow-up meeting's own replies (issue 13 §6): one row per invitee of a follow-up who
 * has replied; an invitee without a row has not been asked ('not_asked'). The conference's
 * own meeting keeps its replies in `network_member.reply`.
 *
 * Before this, the app counted every invitee of a follow-up as coming, remotely if they had
 * replied 'remote' to the conference: the headcount, the diets, the interpreter need, the
 * refreshments flag, the participant list ("Tulossa") and the meeting view all said so. So
 * that nothing the convener saw changes by itself, every existing follow-up meeting gets
 * exactly those replies written for the invitees it had then — held ones too, whose papers
 * said the same — and the convener corrects them from here on (a letter made from now on
 * no longer asks someone recorded as coming to reply, as for the conference: setting the
 * reply back to "Ei vielä kysytty" makes it ask). The invitees are the rule's
 * of that time, written out here (a shipped migration never changes): the members the
 * follow-up's reviewed plan names (its recorded plan, else the last accepted one), or the
 * conference's invitees when that plan names no member.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'follow-up-replies',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_reply (
        meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES network_member(id) ON DELETE CASCADE,
        reply TEXT NOT NULL CHECK (reply IN ('not_asked', 'coming', 'remote', 'maybe', 'not_coming')),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        PRIMARY KEY (meeting_id, member_id)
      ) STRICT;
      CREATE INDEX meeting_reply_member ON meeting_reply(member_id);

      WITH reviewed AS (
        SELECT m.id AS meeting_id, m.conference_id,
          COALESCE(
            (SELECT p.id FROM plan p WHERE p.id = f.plan_id),
            (SELECT p.id FROM plan p WHERE p.conference_id = m.conference_id
               AND p.decision_outcome IN ('accepted', 'accepted_with_changes') ORDER BY p.number DESC LIMIT 1)
          ) AS plan_id
        FROM meeting m LEFT JOIN follow_up f ON f.meeting_id = m.id
        WHERE m.kind = 'follow_up'
      ),
      named AS (
        SELECT DISTINCT r.meeting_id, n.id AS member_id
        FROM reviewed r
        JOIN plan_invitee i ON i.plan_id = r.plan_id AND i.person_kind = 'member'
        JOIN network_member n ON n.id = i.person_member_id AND n.conference_id = r.conference_id
      ),
      invitees AS (
        SELECT meeting_id, member_id FROM named
        UNION
        SELECT r.meeting_id, n.id FROM reviewed r
        JOIN network_member n ON n.conference_id = r.conference_id AND n.invite = 'invite'
        WHERE NOT EXISTS (SELECT 1 FROM named WHERE named.meeting_id = r.meeting_id)
      )
      INSERT INTO meeting_reply (meeting_id, member_id, reply)
      SELECT i.meeting_id, i.member_id, CASE n.reply WHEN 'remote' THEN 'remote' ELSE 'coming' END
      FROM invitees i JOIN network_member n ON n.id = i.member_id;
    `);
  },
};
