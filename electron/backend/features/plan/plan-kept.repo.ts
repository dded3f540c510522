import type { PlanKept } from '../../../shared/plan/plan.schema';
import type { UiLanguage } from '../../../shared/i18n/locales';
import type { Db } from '../../db/raw-database';
import type { Params } from './plan-lists.repo';

/*
 * The copies a decided plan version keeps of what it answered and named (see
 * shared/plan/plan-kept.ts), and how undecided versions follow the summary instead.
 */

interface KeptRow {
  plan_id: string;
  kept_at: string;
  language: string;
  social_worker_name: string;
  conference_date: string | null;
  meeting_date: string | null;
}

interface KeptLineRow {
  plan_id: string;
  summary_item_id: string;
  list: string;
  text: string;
}

interface KeptMemberRow {
  plan_id: string;
  member_id: string;
  name: string;
  relation: string;
  organisation: string;
}

interface KeptChildRow {
  plan_id: string;
  child_id: string;
  first_name: string;
  birth_year: number;
}

/** The kept copies of the plans picked by `where` on `plan p`, by plan id. */
export function readKept(db: Db, where: string, params: Params): Map<string, PlanKept> {
  const rowsOf = <T>(table: string, order: string) =>
    db
      .prepare(`SELECT t.* FROM ${table} t JOIN plan p ON p.id = t.plan_id WHERE ${where} ORDER BY ${order}`)
      .all(params) as T[];
  const kept = new Map<string, PlanKept>();
  for (const row of rowsOf<KeptRow>('plan_kept', 't.plan_id')) {
    kept.set(row.plan_id, {
      keptAt: row.kept_at,
      language: row.language as UiLanguage,
      summary: { openQuestions: [], generalQuestions: [], mustInclude: [], notAcceptable: [] },
      socialWorkerName: row.social_worker_name,
      members: [],
      children: [],
      conferenceDate: row.conference_date,
      meetingDate: row.meeting_date,
    });
  }
  if (kept.size === 0) return kept;
  const lists = {
    open: 'openQuestions',
    general: 'generalQuestions',
    must_include: 'mustInclude',
    not_acceptable: 'notAcceptable',
  } as const;
  for (const line of rowsOf<KeptLineRow>('plan_kept_summary_item', 't.plan_id, t.list, t.position')) {
    const list = lists[line.list as keyof typeof lists];
    kept.get(line.plan_id)?.summary[list].push({ id: line.summary_item_id, text: line.text });
  }
  for (const member of rowsOf<KeptMemberRow>('plan_kept_member', 't.plan_id, t.position')) {
    const { member_id: id, name, relation, organisation } = member;
    kept.get(member.plan_id)?.members.push({ id, name, relation, organisation });
  }
  for (const child of rowsOf<KeptChildRow>('plan_kept_child', 't.plan_id, t.position')) {
    kept.get(child.plan_id)?.children.push({ id: child.child_id, firstName: child.first_name, birthYear: child.birth_year });
  }
  return kept;
}

/**
 * Takes the copies a plan version keeps once decided: the summary's lists, the network's
 * names, the children, the social worker, the language and the meeting dates, as they
 * are now. Written once; a decided version is never changed.
 */
export function keepDecidedPlan(db: Db, planId: string, now: string): void {
  db.prepare(
    `INSERT INTO plan_kept (plan_id, kept_at, language, social_worker_name, conference_date, meeting_date)
     SELECT p.id, @now, c.language, c.social_worker_name,
       (SELECT m.date FROM meeting m WHERE m.conference_id = p.conference_id AND m.kind = 'conference'),
       (SELECT m.date FROM meeting m WHERE m.id = p.meeting_id)
     FROM plan p JOIN conference c ON c.id = p.conference_id WHERE p.id = @planId`,
  ).run({ planId, now });
  db.prepare(
    `INSERT INTO plan_kept_summary_item (plan_id, summary_item_id, list, position, text)
     SELECT p.id, s.id, s.list, s.position, s.text
     FROM plan p JOIN summary_item s ON s.conference_id = p.conference_id WHERE p.id = @planId`,
  ).run({ planId });
  db.prepare(
    `INSERT INTO plan_kept_member (plan_id, member_id, position, name, relation, organisation)
     SELECT p.id, n.id, ROW_NUMBER() OVER (ORDER BY n.rowid) - 1, n.name, n.relation,
       CASE WHEN n.is_worker = 1 THEN n.worker_organisation ELSE '' END
     FROM plan p JOIN network_member n ON n.conference_id = p.conference_id WHERE p.id = @planId`,
  ).run({ planId });
  db.prepare(
    `INSERT INTO plan_kept_child (plan_id, child_id, position, first_name, birth_year)
     SELECT p.id, ch.id, ch.position, ch.first_name, ch.birth_year
     FROM plan p JOIN conference_child ch ON ch.conference_id = p.conference_id WHERE p.id = @planId`,
  ).run({ planId });
}

/**
 * After the summary changed: the undecided plan versions of the conference let go of the
 * lines it no longer has (an answer to a removed question moves to the other agreements,
 * a removed bottom line is no longer linked). Decided versions keep theirs.
 */
export function detachRemovedSummaryItems(db: Db, conferenceId: string): void {
  const undecided = `SELECT p.id FROM plan p WHERE p.conference_id = @conferenceId
    AND NOT EXISTS (SELECT 1 FROM plan_kept k WHERE k.plan_id = p.id)`;
  const current = (lists: string) =>
    `SELECT s.id FROM summary_item s WHERE s.conference_id = @conferenceId AND s.list IN (${lists})`;
  db.prepare(
    `UPDATE plan_item SET question_id = NULL
     WHERE question_id IS NOT NULL AND plan_id IN (${undecided})
       AND question_id NOT IN (${current(`'open', 'general'`)})`,
  ).run({ conferenceId });
  db.prepare(
    `DELETE FROM plan_item_bottom_line
     WHERE item_id IN (SELECT i.id FROM plan_item i WHERE i.plan_id IN (${undecided}))
       AND summary_item_id NOT IN (${current(`'must_include'`)})`,
  ).run({ conferenceId });
  db.prepare(
    `DELETE FROM plan_not_acceptable_check
     WHERE plan_id IN (${undecided}) AND summary_item_id NOT IN (${current(`'not_acceptable'`)})`,
  ).run({ conferenceId });
}
