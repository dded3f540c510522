import { describe, expect, it } from 'vitest';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, memberUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * The guardians are people of the network (issue 13 §3): a guardian typed on the conference
 * form is one network member, with the contact log, letters and replies of any member; her
 * name is entered once and shown the same everywhere; no longer a guardian, she stays in the
 * network with what was recorded of her.
 */

async function conferenceWithGuardians(guardians = [{ name: 'Maija Äijälä' }]) {
  const backend = openTestBackend(useTempDir());
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ guardians }));
  const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  return { backend, dispatch, conference, prep };
}

describe('a conference’s guardians', { timeout: 60_000 }, () => {
  it('are made network members with the conference, one each, in the family sector, close and invited', async () => {
    const { conference, prep } = await conferenceWithGuardians([{ name: 'Maija Äijälä' }, { name: 'Pekka Öhman' }]);
    expect(prep.members.map((m) => [m.name, m.relation, m.sector, m.closeness, m.invite, m.reply])).toEqual([
      ['Maija Äijälä', 'huoltaja', 'family', 'close', 'invite', 'not_asked'],
      ['Pekka Öhman', 'huoltaja', 'family', 'close', 'invite', 'not_asked'],
    ]);
    expect(conference.guardians.map((g) => [g.name, g.memberId])).toEqual(prep.members.map((m) => [m.name, m.id]));
  });

  it('link a member already in the network who has the guardian’s name, instead of making a second one', async () => {
    const { dispatch, conference } = await conferenceWithGuardians();
    const added = await call(
      dispatch,
      'network.addMember',
      makeMemberInput(conference.id, { name: 'Pekka Öhman', relation: 'isä', sector: 'family', phone: '040 222 3333' }),
    );
    const pekka = memberNamed(added, 'Pekka Öhman');
    const updated = await call(
      dispatch,
      'conference.update',
      makeUpdateInput(added.conference, { guardians: [...added.conference.guardians, { name: 'Pekka Öhman' }] }),
    );
    expect(updated.guardians.map((g) => [g.name, g.memberId])).toEqual([
      ['Maija Äijälä', conference.guardians[0]!.memberId],
      ['Pekka Öhman', pekka.id],
    ]);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(prep.members.map((m) => m.name)).toEqual(['Maija Äijälä', 'Pekka Öhman']);
    // What the convener entered of him is kept as it was.
    expect(memberNamed(prep, 'Pekka Öhman')).toEqual(pekka);
  });

  it('renamed on the conference form, are renamed everywhere: the network, her letter and the participant list', async () => {
    const { dispatch, conference, prep } = await conferenceWithGuardians();
    const meeting = prep.meetings[0]!;
    await call(dispatch, 'meeting.update', meetingUpdate(meeting, { date: '2027-03-04', startTime: '09:00', endTime: '13:00' }));
    const maija = conference.guardians[0]!;
    const renamed = await call(dispatch, 'conference.update', makeUpdateInput(conference, { guardians: [{ ...maija, name: 'Maija Öhman' }] }));
    expect(renamed.guardians).toEqual([{ id: maija.id, name: 'Maija Öhman', memberId: maija.memberId }]);

    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    // One person: the same member, renamed (her version moves, so an open network form is stale).
    expect(after.members.map((m) => [m.id, m.name, m.version])).toEqual([[maija.memberId, 'Maija Öhman', 2]]);
    const letter = await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: maija.memberId } });
    expect(letter.name).toBe('Kutsu - Maija Öhman.docx');
    expect(docxText(letter.bytes)).toContain('Hyvä Maija Öhman');
    const participants = docxText((await call(dispatch, 'documents.participants', { meetingId: meeting.id })).bytes);
    expect(participants).toContain('Maija Öhman');
    expect(participants).not.toContain('Maija Äijälä');
  });

  it('renamed in the network, are renamed on the conference, and a conference form opened before is refused as stale', async () => {
    const { dispatch, conference, prep } = await conferenceWithGuardians();
    const renamed = await call(dispatch, 'network.updateMember', memberUpdate(memberNamed(prep, 'Maija Äijälä'), { name: 'Maija Öhman' }));
    expect(renamed.conference.guardians.map((g) => g.name)).toEqual(['Maija Öhman']);
    expect(renamed.conference.version).toBe(conference.version + 1);
    // Saving the old form would put the old name back: refused.
    const stale = await callError(dispatch, 'conference.update', makeUpdateInput(conference, { notes: 'Muistiinpano.' }));
    expect(stale.code).toBe('conflict');
    expect((await call(dispatch, 'preparation.get', { conferenceId: conference.id })).members.map((m) => m.name)).toEqual(['Maija Öhman']);
  });

  it('dropped on the conference form, stay in the network with their contacts, and can then be removed from it', async () => {
    const { dispatch, conference } = await conferenceWithGuardians();
    const maija = conference.guardians[0]!;
    const withContact = await call(dispatch, 'contact.add', {
      conferenceId: conference.id,
      memberId: maija.memberId,
      date: '2027-01-12',
      channel: 'phone',
      discussed: 'Kerroin neuvonpidosta.',
    });
    const member = memberNamed(withContact, 'Maija Äijälä');

    const updated = await call(dispatch, 'conference.update', makeUpdateInput(withContact.conference, { guardians: [], removedGuardianIds: [maija.id] }));
    expect(updated.guardians).toEqual([]);
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(prep.members).toEqual([member]);
    expect(prep.contacts.map((c) => [c.memberId, c.discussed])).toEqual([[maija.memberId, 'Kerroin neuvonpidosta.']]);

    // No longer a guardian, she is a member like any other.
    const removed = await call(dispatch, 'network.removeMember', { id: member.id, version: member.version });
    expect(removed.members).toEqual([]);
  });

  it('dropped and named again in one save, are the same person, not a second one', async () => {
    const { dispatch, conference } = await conferenceWithGuardians();
    const maija = conference.guardians[0]!;
    const updated = await call(
      dispatch,
      'conference.update',
      makeUpdateInput(conference, { guardians: [{ name: 'Maija Äijälä' }], removedGuardianIds: [maija.id] }),
    );
    expect(updated.guardians.map((g) => [g.name, g.memberId])).toEqual([['Maija Äijälä', maija.memberId]]);
    expect((await call(dispatch, 'preparation.get', { conferenceId: conference.id })).members.map((m) => m.name)).toEqual(['Maija Äijälä']);
  });
});
