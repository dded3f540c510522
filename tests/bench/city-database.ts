import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import type { Db } from '../../electron/backend/db/raw-database';
import { BUILT_IN_CHECKLIST_KEYS } from '../../electron/shared/settings/settings-lists';
import { dispatcherOn } from '../helpers/dispatcher-on';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { FACT_KEYS } from '../../electron/shared/arrangements/checklist-facts';
import { addDays } from '../../electron/shared/dates';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { meetingUpdate, planUpdate, summaryUpdate } from '../fixtures/record-updates';

/*
 * The bench's caseloads. `seedCaseConference` makes one conference the way a convener does,
 * through the dispatcher; `buildCityDatabase` makes a whole city's worth (10,000 conferences)
 * quickly: a few dozen conferences through the dispatcher, then copied with new ids straight
 * into the tables in one transaction, so every row is one the app itself wrote.
 */

export type Must = <T>(method: string, input: unknown) => Promise<T>;

export interface SeedingBackend {
  db: Db;
  dispatch: Dispatch;
  /** Calls a method and returns its value; throws on a refusal. */
  must: Must;
  databaseFile: string;
  close(): void;
}

/**
 * The app's dispatcher on the encrypted database in `dir`, opened as the app opens it but then
 * writing without waiting for the disk (synchronous=OFF on this connection only): for building a bench's data, whose durability no bench measures. Writes that
 * are measured run on a connection with the app's pragmas.
 */
export function openSeedingBackend(dir: string, key: string): SeedingBackend {
  const db = openDatabase(dir, key);
  db.pragma('synchronous = OFF');
  const dispatch = dispatcherOn(db, { logError: () => {} });
  const must: Must = async <T>(method: string, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return { db, dispatch, must, databaseFile: join(dir, DATABASE_FILE), close: () => db.close() };
}

/** The days of a conference's life the seeded conferences are spread over. */
export const SPREAD_DAYS = 200;
/** The built-in items ticked by hand: the others are ticked by what is recorded (checklist-facts.ts). */
const BUILT_IN_KEYS = BUILT_IN_CHECKLIST_KEYS.filter((key) => !(FACT_KEYS as readonly string[]).includes(key));
const SECTORS = ['family', 'relatives', 'friends', 'professionals'] as const;
const RINGS = ['close', 'middle', 'distant'] as const;

const SUMMARY_TEXT =
  'Perhe on ollut lastensuojelun asiakkaana puolitoista vuotta. Äiti on kertonut väsymyksestä ja ' +
  'siitä, että aamut ovat vaikeita: lapset myöhästyvät koulusta ja päiväkodista. Isä asuu toisella ' +
  'paikkakunnalla ja tapaa lapsia joka toinen viikonloppu. Koulu on ollut huolissaan vanhemman lapsen ' +
  'poissaoloista. Perhetyö on auttanut, mutta se päättyy keväällä. Läheisverkosto on halukas auttamaan, ' +
  'ja mummo asuu lähellä. Neuvonpidossa toivotaan sovittavan, kuka auttaa arkiaamuina ja miten lapset ' +
  'pääsevät harrastuksiinsa.';

/**
 * One conference of a convener's caseload as it looks `age` days after its commission:
 * the meeting dated 5 weeks in (one in six not yet), a few checklist ticks, some with an
 * interpreter or an item of their own; once the day has passed, the meeting held and the
 * plan recorded, decided and followed up in various degrees; one in ten closed (after
 * `beforeClosing`, which may add more to it).
 */
export async function seedListConference(
  must: Must,
  i: number,
  today: string,
  beforeClosing: (conferenceId: string) => Promise<void> = async () => {},
): Promise<void> {
  const age = (i * 37) % SPREAD_DAYS;
  const commissionDate = addDays(today, -age);
  const conference = await must<{ id: string; version: number }>(
    'conference.create',
    makeConferenceInput({ reference: `Perhe ${i}/2027`, commissionDate }),
  );
  let prep = await must<Preparation>(
    'network.addMember',
    makeMemberInput(conference.id, {
      reply: 'coming',
      ...(i % 5 === 0 ? { language: 'other', otherLanguage: 'somali', interpreterNeeded: true } : {}),
    }),
  );
  const meeting = prep.meetings[0]!;
  const meetingDate = i % 6 === 0 ? null : addDays(commissionDate, 35);
  if (meetingDate) {
    await must('meeting.update', meetingUpdate(meeting, { date: meetingDate, startTime: '09:00', endTime: '13:00' }));
    for (const key of BUILT_IN_KEYS.slice(0, Math.min(i % 6 === 5 ? BUILT_IN_KEYS.length : i % 6, Math.max(0, age - 3)))) {
      // Each key ticked once: every tick is at version 1.
      await must('checklist.setDone', { meetingId: meeting.id, key, version: 1, doneDate: addDays(commissionDate, 3) });
    }
  }
  if (i % 7 === 0) {
    await must('checklist.addItem', { meetingId: meeting.id, text: 'Soita avustajalle', dueDate: addDays(commissionDate, 20) });
  }
  if (meetingDate && meetingDate < today && i % 8 !== 1) {
    if (i % 4 !== 0) await must('meetingDay.timer', { meetingId: meeting.id, part: 'information', action: 'start' });
    prep = await must<Preparation>('plan.create', { meetingId: meeting.id });
    const plan = prep.plans[0]!;
    if (i % 8 !== 2) {
      const decided = i % 8 !== 3;
      prep = await must<Preparation>(
        'plan.update',
        planUpdate(plan, {
          items: [
            { what: 'Mummo herättää lapset koulupäivinä.', owner: { kind: 'member', memberId: prep.members[0]!.id } },
            { what: 'Sosiaalityöntekijä järjestää perhetyön.', owner: { kind: 'social_worker' } },
          ],
          followUpDate: addDays(meetingDate, 100),
          decision: decided ? { outcome: 'accepted', reasons: '', date: meetingDate } : null,
        }),
      );
      const accepted = prep.plans[0]!;
      if (decided && i % 3 !== 0) {
        await must('followUp.create', { planId: accepted.id, version: accepted.version });
      }
    }
  }
  // The convener's hours and costs, and the feedback of a held meeting (issue 15's statistics).
  await must('work.add', { conferenceId: conference.id, date: addDays(commissionDate, 4), minutes: 60 + (i % 5) * 30, activity: 'preparation' });
  await must('cost.add', { conferenceId: conference.id, date: addDays(commissionDate, 6), kind: 'travel', what: 'Matka', amount: 1200 + (i % 7) * 350, meetingId: null });
  if (meetingDate && meetingDate < today) {
    await must('work.add', { conferenceId: conference.id, date: meetingDate, minutes: 240, activity: 'meeting' });
    const responses = Array.from({ length: 3 + (i % 5) }, (_, n) => ({
      group: (['child', 'parents', 'family', 'workers'] as const)[n % 4],
      satisfaction: 5 + ((i + n) % 6),
      heard: n % 3 === 0 ? 'partly' : 'yes',
      planHelps: n % 4 === 0 ? null : 'yes',
    }));
    await must('feedback.save', { meetingId: meeting.id, version: 1, responses });
  }
  await beforeClosing(conference.id);
  if (i % 10 === 9) {
    const current = await must<{ version: number }>('conference.get', { id: conference.id });
    await must('conference.close', { id: conference.id, version: current.version, reason: 'plan_made', text: '' });
  }
}

/**
 * A conference as a city's records hold it: `seedListConference`'s, plus the social worker's
 * summary and a network of 4–10 people with two or three contact entries each.
 */
export async function seedCaseConference(must: Must, i: number, today: string): Promise<void> {
  await seedListConference(must, i, today, (conferenceId) => seedNetwork(must, i, conferenceId));
}

async function seedNetwork(must: Must, i: number, conferenceId: string): Promise<void> {
  let prep = await must<Preparation>('preparation.get', { conferenceId });
  await must<Preparation>(
    'summary.update',
    summaryUpdate(prep, { text: SUMMARY_TEXT, sharedWithNetwork: 'Koko yhteenvedon saa jakaa verkostolle.' }),
  );
  for (let m = 0; m < 3 + (i % 7); m++) {
    prep = await must<Preparation>(
      'network.addMember',
      makeMemberInput(conferenceId, {
        name: `Läheinen ${i}-${m}`,
        relation: m % 2 ? 'setä' : 'naapuri',
        sector: SECTORS[m % 4],
        closeness: RINGS[m % 3],
        reply: m % 3 ? 'coming' : 'maybe',
      }),
    );
    const memberId = prep.members.at(-1)!.id;
    for (let c = 0; c < 2 + (m % 2); c++) {
      await must('contact.add', {
        conferenceId,
        memberId,
        date: addDays(prep.conference.commissionDate, 2 + c * 5),
        channel: c % 2 ? 'meeting' : 'phone',
        discussed: 'Kerroin neuvonpidosta ja sen tarkoituksesta. Läheinen lupasi miettiä, miten voi auttaa perhettä.',
        nextStep: c === 0 ? 'Soitan uudelleen kutsun jälkeen.' : '',
        durationMinutes: 15 + ((i + m + c) % 4) * 15,
      });
    }
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Tables outside any conference: not copied. */
const NOT_COPIED = new Set(['setting']);

/**
 * Copies every conference in `db` (with everything that belongs to it) until there are at
 * least `total` (a whole number of copies), in one transaction. Each copy gets new ids wherever
 * an id of the original appears (keys, references, ids inside JSON text) and its own case reference.
 */
export function copyConferences(db: Db, total: number): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const template = tables
    .filter((table) => !NOT_COPIED.has(table))
    .map((table) => {
      const columns = db.prepare(`SELECT * FROM "${table}" LIMIT 0`).columns();
      return {
        rows: db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][],
        insert: db.prepare(`INSERT INTO "${table}" VALUES (${columns.map(() => '?').join(', ')})`),
      };
    });
  const originals = db.prepare('SELECT count(*) FROM conference').pluck().get() as number;
  db.transaction(() => {
    for (let copy = 1; originals * copy < total; copy++) {
      const ids = new Map<string, string>();
      const remap = (value: unknown): unknown => {
        if (typeof value !== 'string') return value;
        return value
          .replace(UUID, (id) => {
            let next = ids.get(id);
            if (next === undefined) ids.set(id, (next = randomUUID()));
            return next;
          })
          .replace(/^Perhe (\d+)\/2027$/, (_, n: string) => `Perhe ${Number(n) + originals * copy}/2027`);
      };
      for (const { rows, insert } of template) for (const row of rows) insert.run(...row.map(remap));
    }
  })();
}
