import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, databaseFileKind } from '../../electron/backend/db/connection';
import { TOKEN_HEADER } from '../../electron/backend/web/web-host';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { openTestDatabaseFile, TEST_DATABASE_KEY } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Crash safety on the encrypted database: the web host takes a stream of writes over HTTP
 * (new conferences, their edits, network members, contact entries) from two clients at once
 * and is SIGKILLed at a random moment, a few rounds on the same data directory. After each
 * restart every write that was answered `ok` is there, and `PRAGMA quick_check` says ok. A
 * write in flight at the kill was never answered: it may be there or not, but never half.
 */

const ROOT = resolve(__dirname, '../..');
const TOKEN = 'kaatumistesti-token';
const ROUNDS = 5;
const STREAMS = 2;

interface Host {
  child: ChildProcess;
  base: string;
}

/** The web host as one node process (no npx or tsx launcher between), so SIGKILL hits it alone. */
function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/backend/web/start.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, NEUVONPITO_TOKEN: TOKEN, NEUVONPITO_DB_KEY: TEST_DATABASE_KEY, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Open (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (url && /^ready$/m.test(output)) done({ child, base: url });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => fail(new Error(`The web host exited (${code ?? signal}) before ready:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** The answer's value when it is `ok`; anything else (no answer, a refusal) is not an acknowledgement. */
async function post<T>(base: string, method: string, input: unknown): Promise<T | null> {
  try {
    const response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: T };
    return body.ok ? (body.value as T) : null;
  } catch {
    return null; // the host is gone
  }
}

/** What the clients were told: every acknowledged write, and the last edit in flight at the kill. */
interface Acknowledged {
  conferences: Map<string, { reference: string; version: number; notes: string; notesInFlight: string | null }>;
  members: Map<string, string>; // member id → conference id
  contacts: Map<string, string>; // contact id → conference id
}

/**
 * One client: create a conference, edit it, add a member, log a contact with them, edit the
 * conference again; over and over until the host stops answering. Counts acknowledgements.
 */
async function stream(base: string, name: string, acked: Acknowledged, onAck: () => void): Promise<void> {
  for (let n = 1; ; n++) {
    const reference = `Kaatuminen ${name}-${n}/2027`;
    const created = await post<Conference>(base, 'conference.create', makeConferenceInput({ reference }));
    if (!created) return;
    const record = { reference, version: created.version, notes: created.notes, notesInFlight: null as string | null };
    acked.conferences.set(created.id, record);
    onAck();

    const edit = async (conference: Conference, notes: string): Promise<Conference | null> => {
      record.notesInFlight = notes;
      const updated = await post<Conference>(base, 'conference.update', makeUpdateInput(conference, { notes }));
      if (!updated) return null;
      Object.assign(record, { version: updated.version, notes: updated.notes, notesInFlight: null });
      onAck();
      return updated;
    };
    const edited = await edit(created, `Ensimmäinen muistiinpano ${name}-${n}`);
    if (!edited) return;

    const withMember = await post<Preparation>(
      base,
      'network.addMember',
      makeMemberInput(created.id, { name: `Läheinen ${name}-${n}` }),
    );
    if (!withMember) return;
    const member = withMember.members.find((m) => m.name === `Läheinen ${name}-${n}`)!;
    acked.members.set(member.id, created.id);
    onAck();

    const discussed = `Soitin ja kutsuin mukaan (${name}-${n}).`;
    const withContact = await post<Preparation>(base, 'contact.add', {
      conferenceId: created.id,
      memberId: member.id,
      date: '2027-01-12',
      channel: 'phone',
      discussed,
    });
    if (!withContact) return;
    acked.contacts.set(withContact.contacts.find((c) => c.discussed === discussed)!.id, created.id);
    onAck();

    if (!(await edit(edited, `Toinen muistiinpano ${name}-${n}`))) return;
  }
}

/** Every acknowledged write is in the restarted host's answers; an unanswered edit is whole or absent. */
async function expectAllAcknowledged(base: string, acked: Acknowledged): Promise<void> {
  const listed = await post<{ items: { id: string; reference: string }[] }>(base, 'conference.list', { phase: 'all', limit: 500 });
  expect(listed).not.toBeNull();
  const references = new Map(listed!.items.map((c) => [c.id, c.reference]));
  for (const [id, expected] of acked.conferences) {
    expect(references.get(id)).toBe(expected.reference);
    const conference = (await post<Conference>(base, 'conference.get', { id }))!;
    if (conference.version === expected.version) {
      expect(conference.notes).toBe(expected.notes);
    } else {
      // The edit in flight at the kill was committed without its answer getting out.
      expect(conference.version).toBe(expected.version + 1);
      expect(conference.notes).toBe(expected.notesInFlight);
    }
  }
  const conferenceIds = new Set([...acked.members.values(), ...acked.contacts.values()]);
  for (const conferenceId of conferenceIds) {
    const prep = (await post<Preparation>(base, 'preparation.get', { conferenceId }))!;
    const memberIds = new Set(prep.members.map((m) => m.id));
    const contactIds = new Set(prep.contacts.map((c) => c.id));
    for (const [memberId, of] of acked.members) if (of === conferenceId) expect(memberIds.has(memberId)).toBe(true);
    for (const [contactId, of] of acked.contacts) if (of === conferenceId) expect(contactIds.has(contactId)).toBe(true);
  }
}

function quickCheck(dataDir: string): unknown {
  const db = openTestDatabaseFile(join(dataDir, DATABASE_FILE));
  try {
    return db.pragma('quick_check', { simple: true });
  } finally {
    db.close();
  }
}

describe('the web host killed during a stream of writes to the encrypted database', () => {
  it('keeps every acknowledged write, and the database passes quick_check, after each restart', { timeout: 240_000 }, async () => {
    const dataDir = useTempDir('neuvonpito-crash-kill-');
    const acked: Acknowledged = { conferences: new Map(), members: new Map(), contacts: new Map() };
    const log: string[] = [];
    let host = await startHost(dataDir);
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        // A random moment: after 5–40 acknowledged writes, then 0–25 ms more, mid-request or between.
        const killAfter = 5 + Math.floor(Math.random() * 36);
        const extraMs = Math.floor(Math.random() * 26);
        let count = 0;
        const victim = host;
        const onAck = () => {
          if (++count === killAfter) setTimeout(() => victim.child.kill('SIGKILL'), extraMs);
        };
        const streams = Array.from({ length: STREAMS }, (_, s) => stream(victim.base, `${round}${'ab'[s]}`, acked, onAck));
        await Promise.all(streams);
        await exited(victim.child);
        expect(victim.child.signalCode).toBe('SIGKILL');
        log.push(`round ${round}: killed ${extraMs} ms after the ${killAfter}th answer; ${count} writes acknowledged`);

        host = await startHost(dataDir);
        await expectAllAcknowledged(host.base, acked);
        expect(quickCheck(dataDir)).toBe('ok');
      }
    } finally {
      host.child.kill('SIGTERM');
      await exited(host.child);
    }
    expect(databaseFileKind(join(dataDir, DATABASE_FILE))).toBe('encrypted');
    expect(quickCheck(dataDir)).toBe('ok');
    expect(acked.conferences.size).toBeGreaterThanOrEqual(ROUNDS);
    console.log(`${log.join('\n')}\n${acked.conferences.size} conferences, ${acked.members.size} members, ${acked.contacts.size} contacts kept`);
  });
});
