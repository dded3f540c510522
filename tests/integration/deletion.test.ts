import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { planUpdate } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { filesHolding } from '../helpers/encryption';
import { decryptDatabaseAndWal, decryptDatabaseFile, holdsText } from '../helpers/sqlcipher-pages';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Deletion that is real: a deleted family's names cannot be read from the database file, its
 * WAL or any backup made after the deletion, even by someone holding the key and reading the
 * pages' bytes (free space and free pages too), not only through queries. The search decrypts
 * every page itself (helpers/sqlcipher-pages.ts); the positive controls show it finds the
 * names when they are there.
 */

const CANARY_CHILD = 'Kanarialintu';
const CANARY_MEMBER = 'Tiltaltti Kanervisto';
const CANARY_CONTACT = 'Sirkuttaja-kuvio';
const CANARY_GUARDIAN = 'Peippo Kanervisto';
const KEPT_CHILD = 'Pysyväinen';
const CANARIES = [CANARY_CHILD, CANARY_MEMBER, CANARY_CONTACT, CANARY_GUARDIAN];

const member = (memberId: string) => ({ kind: 'member' as const, memberId });

/** The canary conference with its guardian, a network member, a contact entry, an accepted plan and a follow-up meeting. */
async function makeCanaryConference(dispatch: Dispatch, advance: (minutes: number) => void) {
  const conference = await call(
    dispatch,
    'conference.create',
    makeConferenceInput({
      reference: 'Kanari 1/2027',
      children: [makeChild({ firstName: CANARY_CHILD })],
      guardians: [{ name: CANARY_GUARDIAN }],
    }),
  );
  const withMember = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: CANARY_MEMBER }));
  const memberId = memberNamed(withMember, CANARY_MEMBER).id;
  await call(dispatch, 'contact.add', {
    conferenceId: conference.id,
    memberId,
    date: '2027-01-12',
    channel: 'phone',
    discussed: `Puhuttiin: ${CANARY_CONTACT}.`,
  });
  const created = await call(dispatch, 'plan.create', { meetingId: withMember.meetings[0]!.id });
  const decided = await call(
    dispatch,
    'plan.update',
    planUpdate(created.plans[0]!, {
      items: [{ what: `${CANARY_MEMBER} herättää lapsen koulupäivinä.`, owner: member(memberId) }],
      followUpDate: '2027-06-09',
      followUpInvitees: [member(memberId)],
      decision: { outcome: 'accepted', reasons: '', date: '2027-01-12' },
    }),
  );
  advance(60 * 24);
  const plan = decided.plans[0]!;
  const withFollowUp = await call(dispatch, 'followUp.create', { planId: plan.id, version: plan.version });
  return { conference: withFollowUp.conference, prep: withFollowUp };
}

/** The backup files in `dir/backups`, by name. */
function backups(dir: string): string[] {
  return readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('.sqlite')).sort();
}

function canariesIn(plaintext: Buffer): string[] {
  return CANARIES.filter((text) => holdsText(plaintext, text));
}

describe('deleting a conference', () => {
  it('leaves no name of it in the database file, its WAL or a backup made after; a backup made before still has them', async () => {
    const dir = useTempDir('neuvonpito-delete-');
    const clock = makeClock(new Date('2027-01-11T08:00:00.000Z'));
    let backend = openTestBackend(dir, { now: clock.now });
    const file = backend.databaseFile;
    const kept = await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Pysyvä 2/2027', children: [makeChild({ firstName: KEPT_CHILD })] }));
    const rowsWithoutCanary = countRows(file);
    const { conference } = await makeCanaryConference(backend.dispatch, (m) => clock.advanceMinutes(m));

    // Positive control: the search finds the names while they are there (in the file or its WAL),
    // and only by decrypting: the raw bytes never show them.
    expect(canariesIn(decryptDatabaseAndWal(file))).toEqual(CANARIES);
    expect(CANARIES.flatMap((text) => filesHolding(dir, text))).toEqual([]);

    // The next day's first open makes the daily backup: it holds the family, as backups do.
    backend.close();
    clock.advanceMinutes(60 * 24);
    backend = openTestBackend(dir, { now: clock.now });
    const before = backups(dir).at(-1)!;
    expect(before).toMatch(/-daily\.sqlite$/);
    expect(canariesIn(decryptDatabaseFile(join(dir, 'backups', before)))).toEqual(CANARIES);

    const preview = await call(backend.dispatch, 'conference.deletePreview', { id: conference.id });
    // The guardian is one of the network's two members.
    expect(preview).toEqual({ children: 1, guardians: 1, networkMembers: 2, contactEntries: 1, meetings: 2, followUps: 1, plans: 1, workEntries: 0, costs: 0, feedbackForms: 0 });

    const current = await call(backend.dispatch, 'conference.get', { id: conference.id });
    expect(await call(backend.dispatch, 'conference.delete', { id: conference.id, version: current.version })).toEqual({ deleted: [conference.id] });

    // Gone from every page of the file and the WAL (emptied), while the kept conference is still readable there.
    expect(statSync(`${file}-wal`).size).toBe(0);
    const after = decryptDatabaseAndWal(file);
    expect(canariesIn(after)).toEqual([]);
    expect(holdsText(after, KEPT_CHILD)).toBe(true);

    // Every row of it is gone, in every table; only its anonymous counts were added.
    expect(countRows(file)).toEqual({ ...rowsWithoutCanary, statistics_record: 1 });
    expect((await callError(backend.dispatch, 'conference.get', { id: conference.id })).code).toBe('not_found');
    expect((await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items)).map((c) => c.id)).toEqual([kept.id]);
    const db = openTestDatabaseFile(file);
    try {
      const rows = db.prepare('SELECT record, deleted_month, deleted_by FROM statistics_record').all() as { record: string }[];
      expect(rows).toEqual([{ record: expect.any(String), deleted_month: '2027-01', deleted_by: 'convener' }]);
      // Counts, kinds and months: no name or text of the family.
      expect(canariesIn(Buffer.from(rows[0]!.record))).toEqual([]);
      expect(JSON.parse(rows[0]!.record)).toMatchObject({
        meetingType: 'laheisneuvonpito',
        commission: '2027-01',
        closed: null,
        plan: { decided: '2027-01', outcome: 'accepted' },
      });
    } finally {
      db.close();
    }

    // A backup made after the deletion (the next day's) holds none of it; the one before still does.
    backend.close();
    clock.advanceMinutes(60 * 24);
    expect(openTestBackend(dir, { now: clock.now }).backup).toMatchObject({ ok: true });
    const afterBackup = backups(dir).at(-1)!;
    expect(afterBackup).not.toBe(before);
    const afterBytes = decryptDatabaseFile(join(dir, 'backups', afterBackup));
    expect(canariesIn(afterBytes)).toEqual([]);
    expect(holdsText(afterBytes, KEPT_CHILD)).toBe(true);
    expect(canariesIn(decryptDatabaseFile(join(dir, 'backups', before)))).toEqual(CANARIES);
    expect(canariesIn(decryptDatabaseAndWal(file))).toEqual([]);
  });

  it('is refused on a stale version, and for a conference that is not there, deleting nothing', async () => {
    const dir = useTempDir();
    const clock = makeClock();
    const { dispatch, databaseFile } = openTestBackend(dir, { now: clock.now });
    const { conference } = await makeCanaryConference(dispatch, (m) => clock.advanceMinutes(m));
    const rows = countRows(databaseFile);
    expect((await callError(dispatch, 'conference.delete', { id: conference.id, version: conference.version - 1 })).code).toBe('conflict');
    expect((await callError(dispatch, 'conference.delete', { id: '11111111-1111-4111-8111-000000000000', version: 1 })).code).toBe('not_found');
    expect((await callError(dispatch, 'conference.deletePreview', { id: '11111111-1111-4111-8111-000000000000' })).code).toBe('not_found');
    expect((await callError(dispatch, 'conference.delete', { id: conference.id })).code).toBe('invalid_input');
    expect(countRows(databaseFile)).toEqual(rows);
    expect(holdsText(decryptDatabaseAndWal(databaseFile), CANARY_CHILD)).toBe(true);
  });
});
