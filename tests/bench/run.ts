import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatcherOn } from '../helpers/dispatcher-on';
import { openBackend } from '../../electron/backend/backend';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { openRawDatabase } from '../../electron/backend/db/raw-database';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { Packer } from 'docx';
import { todayInHelsinki } from '../../electron/shared/dates';
import { buildChecklist } from '../../electron/backend/documents/checklist.docx';
import { buildChildInvitation } from '../../electron/backend/documents/child-invitation.docx';
import { buildCommission } from '../../electron/backend/documents/commission.docx';
import type { DocxPlan, MeetingData } from '../../electron/backend/documents/document-data';
import { buildInvitation } from '../../electron/backend/documents/invitation.docx';
import { buildParticipants } from '../../electron/backend/documents/participants.docx';
import { buildSummary } from '../../electron/backend/documents/summary.docx';
import type { Settings } from '../../electron/shared/settings/settings.schema';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { makePng } from '../fixtures/document-settings';
import { meetingUpdate } from '../fixtures/record-updates';
import { benchCity } from './city-bench';
import { benchListScale } from './list-bench';
import { benchRendererSize } from './renderer-size';
import { openSeedingBackend, seedListConference } from './city-database';

/*
 * `npm run bench`: figures, not assertions. Each figure is set against a baseline
 * measured in the same run on the same machine, so the ratio is what to compare
 * between runs.
 */

/** Every bench database is encrypted, as the app's are. */
const BENCH_KEY = generateDatabaseKey();

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const SECTORS = ['family', 'relatives', 'friends', 'professionals'] as const;
const RINGS = ['close', 'middle', 'distant'] as const;

/**
 * One large preparation: `members` people with five contact entries each. Reading it is what
 * every preparation screen waits for, and every change returns it whole.
 */
async function benchPreparation(members: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-'));
  const backend = openBackend(dir, { key: BENCH_KEY, logError: () => {} });
  const must = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  try {
    const conference = await must<{ id: string }>('conference.create', makeConferenceInput());
    let prep: Preparation | undefined;
    for (let i = 0; i < members; i++) {
      prep = await must<Preparation>(
        'network.addMember',
        makeMemberInput(conference.id, { name: `Läheinen ${i}`, sector: SECTORS[i % 4], closeness: RINGS[i % 3] }),
      );
      const memberId = prep.members.at(-1)!.id;
      for (let j = 0; j < 5; j++) {
        await must('contact.add', {
          conferenceId: conference.id,
          memberId,
          date: '2027-01-12',
          channel: 'phone',
          discussed: 'Kerroin neuvonpidosta ja kutsuin mukaan.',
        });
      }
    }
    const raw = openRawDatabase(backend.databaseFile, BENCH_KEY, { readonly: true });
    // Baseline: the rows of one preparation read with plain queries, no mapping.
    const baseline = await time(50, () => {
      for (const table of ['network_member', 'contact_entry', 'summary_item', 'commission_concern']) {
        raw.prepare(`SELECT * FROM ${table} WHERE conference_id = ?`).all(conference.id);
      }
      raw.prepare('SELECT * FROM support_person').all();
    });
    raw.close();
    const get = await time(50, () => backend.dispatch('preparation.get', { conferenceId: conference.id }));
    const member = (await must<Preparation>('preparation.get', { conferenceId: conference.id })).members[0]!;
    let version = member.version;
    const update = await time(50, async () => {
      const { id, conferenceId: _c, createdAt: _a, updatedAt: _u, version: _v, ...fields } = member;
      const next = await must<Preparation>('network.updateMember', { ...fields, id, version });
      version = next.members[0]!.version;
    });
    console.log(
      `preparation.get, ${members} members, ${members * 5} contacts: ${get.toFixed(2)} ms; ` +
        `network.updateMember (returns it whole): ${update.toFixed(2)} ms ` +
        `(baseline raw SELECTs ${baseline.toFixed(2)} ms, ratios ${(get / baseline).toFixed(2)} / ${(update / baseline).toFixed(2)})`,
    );
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const LANGUAGES = ['fi', 'fi', 'fi', 'sv', 'en', 'other'] as const;

/**
 * The full document set of a conference of `people` invited network members: every
 * invitation, every child's letter, the commission agreement, the summary handout, the
 * checklist, the participant list and the calendar file, each through the dispatcher
 * as the app asks for them. Baseline: docx's own packing (Packer.toBuffer) of the same
 * Word documents, built beforehand, so the ratio is what our reading and building add.
 */
async function benchDocuments(people: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-'));
  const backend = openBackend(dir, { key: BENCH_KEY, logError: () => {} });
  const must = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  try {
    // Each section whole, on the version it has before its first save (1).
    const setUp = {
      convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi' },
      unit: {
        name: 'Itäisen perhesosiaalityön yksikkö',
        postalAddress: 'PL 4210\n00099 Helsingin kaupunki',
        phone: '09 310 12345',
        email: '',
        logo: { mimeType: 'image/png', data: Buffer.from(makePng(240, 80)).toString('base64') },
      },
    };
    for (const [section, value] of Object.entries(setUp)) await must('settings.update', { section, version: 1, value });
    const children = [makeChild(), makeChild({ firstName: 'Sanni', birthYear: 2019 }), makeChild({ firstName: 'Eino', birthYear: 2021 })];
    const conference = await must<{ id: string; children: { id: string }[] }>('conference.create', makeConferenceInput({ children }));
    let prep: Preparation | undefined;
    for (let i = 0; i < people; i++) {
      const language = LANGUAGES[i % LANGUAGES.length]!;
      prep = await must<Preparation>(
        'network.addMember',
        makeMemberInput(conference.id, {
          name: `Läheinen ${i}`,
          sector: SECTORS[i % 4],
          closeness: RINGS[i % 3],
          language,
          ...(language === 'other' ? { otherLanguage: 'arabia', interpreterNeeded: true } : {}),
          reply: i % 5 === 0 ? 'maybe' : 'coming',
          diet: i % 4 === 0 ? 'kasvis' : '',
        }),
      );
    }
    const meeting = prep!.meetings[0]!;
    await must(
      'meeting.update',
      meetingUpdate(meeting, {
        date: '2027-03-04',
        startTime: '09:00',
        endTime: '13:00',
        venue: { name: 'Perhekeskus Kajava', address: 'Kajavantie 5, 00950 Helsinki', capacity: 40, bookingStatus: 'booked' },
        refreshments: { what: 'Kahvi ja voileivät', orderedDate: '2027-02-20', orderedHeadcount: 30 },
        invitation: { replyBy: '2027-02-20' },
      }),
    );
    prep = await must<Preparation>('preparation.get', { conferenceId: conference.id });
    const meetingId = prep.meetings[0]!.id;
    const calls: [string, unknown][] = [
      ...prep.members.map((m): [string, unknown] => ['documents.invitation', { meetingId, recipient: { kind: 'member', memberId: m.id } }]),
      ...conference.children.map((c): [string, unknown] => ['documents.invitation', { meetingId, recipient: { kind: 'child', childId: c.id } }]),
      ['documents.commission', { conferenceId: conference.id }],
      ['documents.summary', { conferenceId: conference.id }],
      ['documents.checklist', { meetingId }],
      ['documents.participants', { meetingId }],
      ['documents.calendar', { meetingId }],
    ];
    const full = await time(7, async () => {
      for (const [method, input] of calls) await must(method, input);
    });
    const settings = await must<Settings>('settings.get', {});
    const data: MeetingData = { prep, settings, meeting: prep.meetings[0]!, today: '2027-02-22' };
    const plans = (): DocxPlan[] => [
      ...data.prep.members.map((m) => buildInvitation(data, m)),
      ...data.prep.conference.children.map((c) => buildChildInvitation(data, c)),
      buildCommission(data),
      buildSummary(data),
      buildChecklist(data),
      buildParticipants(data),
    ];
    // Each sample packs freshly built documents; only the packing is timed.
    const packSamples: number[] = [];
    for (let run = 0; run < 7; run++) {
      const documents = plans().map((plan) => plan.document);
      const start = performance.now();
      for (const document of documents) await Packer.toBuffer(document);
      packSamples.push(performance.now() - start);
    }
    const pack = median(packSamples);
    const build = await time(7, () => plans());
    console.log(
      `documents, ${people}-person conference (${calls.length - 1} Word files + 1 calendar file): full set ${full.toFixed(0)} ms ` +
        `(baseline docx Packer.toBuffer alone ${pack.toFixed(0)} ms, ratio ${(full / pack).toFixed(2)}; ` +
        `building the documents before packing ${build.toFixed(0)} ms)`,
    );
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What encryption costs: the same data, encrypted and plain (the same file decrypted, so the
 * pages lie alike), opened the way the app opens it (key first, then the pragmas) and listed
 * once, a quick_check of it, and typical writes (a new conference, a network member, a contact
 * entry) with synchronous=FULL. All through the dispatcher, the two files taking turns, so
 * only the cipher differs. Reads pay for decrypting and checking (HMAC) each page they bring
 * into the cache (~10 µs a page on a 2-core machine); a write pays for encrypting each page it
 * dirties (~20 µs, two thirds of it the HMAC-SHA512; a new conference dirties ~30 pages) but
 * mostly waits for the fsync, so its ratio falls as the disk gets slower.
 */
async function benchEncryption(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-'));
  const plainDir = mkdtempSync(join(tmpdir(), 'neuvonpito-bench-plain-'));
  try {
    const backend = openSeedingBackend(dir, BENCH_KEY);
    const today = todayInHelsinki(new Date());
    for (let i = 0; i < count; i++) await seedListConference(backend.must, i, today);
    backend.close();
    const plainFile = join(plainDir, DATABASE_FILE);
    copyFileSync(join(dir, DATABASE_FILE), plainFile);
    const decrypt = openRawDatabase(plainFile, BENCH_KEY);
    decrypt.pragma('journal_mode = DELETE');
    decrypt.pragma("rekey = ''");
    decrypt.close();

    const open = (file: string, key: string | null) => {
      const db = openRawDatabase(file, key);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      return { db, dispatch: dispatcherOn(db, { logError: () => {} }) };
    };
    // Open + first list, then (timed apart) the quick_check an open may run: every page read once.
    const checkSamples = { encrypted: [] as number[], plain: [] as number[] };
    const openAndList = async (file: string, key: string | null, side: 'encrypted' | 'plain') => {
      const start = performance.now();
      const { db, dispatch } = open(file, key);
      const listed = await dispatch('conference.list', {});
      if (!listed.ok) throw new Error('conference.list failed');
      const listedAt = performance.now();
      if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
      checkSamples[side].push(performance.now() - listedAt);
      db.close();
      return listedAt - start;
    };
    const encryptedFile = join(dir, DATABASE_FILE);
    const openSamples = { encrypted: [] as number[], plain: [] as number[] };
    for (let i = 0; i < 20; i++) {
      // Which file goes first alternates, as for the writes below.
      for (const side of i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const)) {
        openSamples[side].push(await openAndList(side === 'encrypted' ? encryptedFile : plainFile, side === 'encrypted' ? BENCH_KEY : null, side));
      }
    }
    // Typical writes, each made on both files in turn (which goes first alternating), so that
    // what the machine's other work does to fsync times falls on both alike.
    const lookUp = openRawDatabase(plainFile, null, { readonly: true });
    const conferenceId = lookUp.prepare('SELECT id FROM conference WHERE closed_at IS NULL LIMIT 1').pluck().get() as string;
    lookUp.close();
    const writes: [string, () => unknown][] = [
      ['conference.create', () => makeConferenceInput({ reference: 'Kirjoitus 1/2027' })],
      ['network.addMember', () => makeMemberInput(conferenceId, { name: 'Kirjoitettu Läheinen' })],
      ['contact.add', () => ({ conferenceId, date: '2027-01-12', channel: 'phone', discussed: 'Kerroin neuvonpidosta.' })],
    ];
    const sides = { encrypted: open(encryptedFile, BENCH_KEY), plain: open(plainFile, null) };
    const writeSamples = new Map(writes.map(([method]) => [method, { encrypted: [] as number[], plain: [] as number[] }]));
    for (let round = 0; round < 30; round++) {
      for (const [method, input] of writes) {
        const order = round % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
        for (const side of order) {
          writeSamples.get(method)![side].push(
            await time(1, async () => {
              if (!(await sides[side].dispatch(method, input())).ok) throw new Error(`${method} failed`);
            }),
          );
        }
      }
    }
    sides.encrypted.db.close();
    sides.plain.db.close();
    const openEncrypted = median(openSamples.encrypted);
    const openPlain = median(openSamples.plain);
    const [checkEncrypted, checkPlain] = [median(checkSamples.encrypted), median(checkSamples.plain)];
    const writeFigures = [...writeSamples].map(([method, samples]) => {
      const [encrypted, plain] = [median(samples.encrypted), median(samples.plain)];
      return `${method} ${encrypted.toFixed(2)} ms encrypted, ${plain.toFixed(2)} ms plain (ratio ${(encrypted / plain).toFixed(2)})`;
    });
    console.log(
      `encryption, ${count} conferences: open + first conference.list ${openEncrypted.toFixed(2)} ms encrypted, ` +
        `${openPlain.toFixed(2)} ms plain (ratio ${(openEncrypted / openPlain).toFixed(2)}); PRAGMA quick_check ` +
        `${checkEncrypted.toFixed(2)} ms encrypted, ${checkPlain.toFixed(2)} ms plain (ratio ${(checkEncrypted / checkPlain).toFixed(2)}); ` +
        `writes, synchronous=FULL: ` +
        writeFigures.join('; '),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  benchRendererSize();
  await benchListScale(BENCH_KEY);
  await benchEncryption(300);
  for (const members of [12, 40]) await benchPreparation(members);
  await benchDocuments(25);
  await benchCity(10_000, BENCH_KEY);
}

void main();
