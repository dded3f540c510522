import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DOCX_MIME, ICS_MIME, type DocumentFile } from '../../electron/shared/documents/documents.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate, planUpdate, summaryUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend, openTestDatabaseFile, type TableName, TABLES } from '../helpers/backend';
import { makePng } from '../fixtures/document-settings';
import { docxText } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Every row of every table but the letters log, read on a separate connection: what
 * "nothing else was written" compares (making a letter writes its row in the log).
 */
function snapshot(databaseFile: string): Record<Exclude<TableName, 'letter_export'>, unknown[]> {
  const db = openTestDatabaseFile(databaseFile);
  try {
    const tables = TABLES.filter((table) => table !== 'letter_export');
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()])) as Record<
      Exclude<TableName, 'letter_export'>,
      unknown[]
    >;
  } finally {
    db.close();
  }
}

/** A conference with its meeting arranged, the unit set up, its guardian Maija, and four people: three invited, two with the same name, one not invited. */
async function arrangedConference() {
  const backend = openTestBackend(useTempDir());
  const { dispatch } = backend;
  await saveSettings(dispatch, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi', hourlyRate: null },
    unit: {
      name: 'Itäisen perhesosiaalityön yksikkö',
      postalAddress: 'PL 4210\n00099 Helsingin kaupunki',
      phone: '09 310 12345',
      email: '',
      logo: { mimeType: 'image/png', data: Buffer.from(makePng(120, 60)).toString('base64') },
    },
  });
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ notes: 'Muistiinpano: isän tilanne' }));
  const conferenceId = conference.id;
  await call(dispatch, 'network.addMember', makeMemberInput(conferenceId, { reply: 'coming' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conferenceId, { name: 'Britt-Marie Lindqvist', language: 'sv', relation: 'moster' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conferenceId, { name: 'Aune Äijälä', relation: 'naapuri' }));
  const prep = await call(dispatch, 'network.addMember', makeMemberInput(conferenceId, { name: 'Åsa Öhrnberg', invite: 'not_invited', notInvitedReason: 'Perhe ei halua.' }));
  const meeting = prep.meetings[0]!;
  await call(
    dispatch,
    'meeting.update',
    meetingUpdate(meeting, {
      date: '2027-03-04',
      startTime: '09:00',
      endTime: '13:00',
      venue: { name: 'Perhekeskus Kajava', address: 'Kajavantie 5, 00950 Helsinki', bookingStatus: 'booked' },
      invitation: { replyBy: '2027-02-20' },
    }),
  );
  const final = await call(dispatch, 'preparation.get', { conferenceId });
  // Two Aunes, in the order they were added: the grandmother, then the neighbour.
  const [grandma, namesake] = final.members.filter((m) => m.name === 'Aune Äijälä');
  const swede = memberNamed(final, 'Britt-Marie Lindqvist');
  const notInvited = memberNamed(final, 'Åsa Öhrnberg');
  return { backend, dispatch, conference, meeting: final.meetings[0]!, grandma: grandma!, swede, namesake: namesake!, notInvited };
}

function expectFile(file: DocumentFile, name: string, mimeType: string) {
  expect(file.name).toBe(name);
  expect(file.mimeType).toBe(mimeType);
  expect(file.bytes).toBeInstanceOf(Uint8Array);
  expect(file.bytes.length).toBeGreaterThan(1000);
}

describe('document methods', { timeout: 60_000 }, () => {
  it('return every document with its name and type, and write nothing but the letters log', async () => {
    const { backend, dispatch, conference, meeting, grandma, swede, namesake } = await arrangedConference();
    const before = snapshot(backend.databaseFile);
    const invitation = (memberId: string) => call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId } });

    const fi = await invitation(grandma.id);
    expectFile(fi, 'Kutsu - Aune Äijälä.docx', DOCX_MIME);
    const text = docxText(fi.bytes);
    expect(text).toContain('Hyvä Aune Äijälä');
    expect(text).toContain('torstaina 4. maaliskuuta 2027 klo 9.00–13.00 (4 tuntia)');
    expect(text).toContain('Perhekeskus Kajava, Kajavantie 5, 00950 Helsinki');
    expect(text).toContain('Riikka Salmela');
    expect(text).not.toContain('Äijälä 1/2027');
    expect(text).not.toContain('isän tilanne');

    expectFile(await invitation(swede.id), 'Inbjudan - Britt-Marie Lindqvist.docx', DOCX_MIME);
    // A neighbour with the grandmother's name: one folder holds both letters.
    expectFile(await invitation(namesake.id), 'Kutsu - Aune Äijälä (2).docx', DOCX_MIME);

    const child = conference.children[1]!;
    const childLetter = await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'child', childId: child.id } });
    expectFile(childLetter, 'Kutsu lapselle - Sanni-Öhman.docx', DOCX_MIME);
    expect(docxText(childLetter.bytes)).toContain('Hei Sanni-Öhman!');

    const commission = await call(dispatch, 'documents.commission', { conferenceId: conference.id });
    expectFile(commission, 'Toimeksiantosopimus - Äijö ja Sanni-Öhman.docx', DOCX_MIME);
    expect(docxText(commission.bytes)).toContain('Leena Korhonen');
    expectFile(await call(dispatch, 'documents.summary', { conferenceId: conference.id }), 'Yhteenveto ja kysymykset - Äijö ja Sanni-Öhman.docx', DOCX_MIME);
    const checklist = await call(dispatch, 'documents.checklist', { meetingId: meeting.id });
    expectFile(checklist, 'Tarkistuslista 2027-03-04 - Äijö ja Sanni-Öhman.docx', DOCX_MIME);
    expect(docxText(checklist.bytes)).toContain('Tila varattu\n4.2.2027');
    const participants = await call(dispatch, 'documents.participants', { meetingId: meeting.id });
    expectFile(participants, 'Osallistujat 2027-03-04.docx', DOCX_MIME);
    expect(docxText(participants.bytes)).not.toContain('Åsa Öhrnberg');

    const calendar = await call(dispatch, 'documents.calendar', { meetingId: meeting.id, batch: randomUUID() });
    expect(calendar.name).toBe('Neuvonpito 2027-03-04.ics');
    expect(calendar.mimeType).toBe(ICS_MIME);
    const ics = new TextDecoder().decode(calendar.bytes);
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20270304T090000');
    expect(ics).not.toContain('Äijälä');

    expect(snapshot(backend.databaseFile)).toEqual(before);
    // Each letter made is in the letters log: which, to whom, when and by whom.
    const { letters } = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(letters.map((l) => [l.meetingId, l.letter, l.recipientId, l.exportedAt, l.exportedBy])).toEqual([
      [meeting.id, 'invitation', grandma.id, '2027-01-11T08:00:00.000Z', 'Riikka Salmela'],
      [meeting.id, 'invitation', swede.id, '2027-01-11T08:00:00.000Z', 'Riikka Salmela'],
      [meeting.id, 'invitation', namesake.id, '2027-01-11T08:00:00.000Z', 'Riikka Salmela'],
      [meeting.id, 'child_invitation', child.id, '2027-01-11T08:00:00.000Z', 'Riikka Salmela'],
    ]);
  });

  it('return the plan in the family’s language, named by version and meeting date, and write nothing', async () => {
    const { backend, dispatch, conference, meeting, grandma, swede } = await arrangedConference();
    const prepNow = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const withQuestion = await call(dispatch, 'summary.update', {
      ...summaryUpdate(prepNow),
      text: 'Perheessä on ollut riitoja viime syksystä lähtien.',
      openQuestions: [{ text: 'Miten Äijö pääsee aamuisin kouluun ajoissa?' }],
      generalQuestions: [],
      mustInclude: [],
      notAcceptable: [],
    });
    const question = withQuestion.summary.openQuestions[0]!;
    const created = (await call(dispatch, 'plan.create', { meetingId: meeting.id })).plans[0]!;
    await call(dispatch, 'plan.update', planUpdate(created, {
      items: [
        { questionId: question.id, what: 'Mummo herättää Äijön arkiaamuisin.', owner: { kind: 'member', memberId: grandma.id }, checker: { kind: 'social_worker' } },
        { what: 'Britt-Marie soittaa sunnuntaisin.', owner: { kind: 'member', memberId: swede.id } },
      ],
      recipients: [{ recipient: { kind: 'member', memberId: grandma.id } }],
      dissents: [{ person: { kind: 'member', memberId: swede.id }, text: 'Olisin halunnut enemmän vuoroja.' }],
    }));
    const before = snapshot(backend.databaseFile);
    const file = await call(dispatch, 'documents.plan', { planId: created.id, batch: randomUUID() });
    expectFile(file, 'Suunnitelma 2027-03-04.docx', DOCX_MIME);
    const text = docxText(file.bytes);
    expect(text).toContain('Miten Äijö pääsee aamuisin kouluun ajoissa?');
    expect(text).toContain('Mummo herättää Äijön arkiaamuisin.\nAune Äijälä\nmummo');
    expect(text).toContain('Tarkistaa: Leena Korhonen\nsosiaalityöntekijä');
    expect(text).toContain('Muut sopimukset');
    expect(text).toContain('Eriävät mielipiteet');
    expect(text).toContain('Tehtävät ja yhteystiedot');
    expect(text).not.toContain('Perheessä on ollut riitoja');
    expect(text).not.toContain('isän tilanne');
    expect(snapshot(backend.databaseFile)).toEqual(before);
  });

  it('refuse an unknown meeting, conference, member or child with not_found', async () => {
    const { dispatch, meeting } = await arrangedConference();
    const unknown = randomUUID();
    const calls: [string, unknown][] = [
      ['documents.invitation', { meetingId: unknown, recipient: { kind: 'member', memberId: unknown } }],
      ['documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: unknown } }],
      ['documents.invitation', { meetingId: meeting.id, recipient: { kind: 'child', childId: unknown } }],
      ['documents.commission', { conferenceId: unknown }],
      ['documents.summary', { conferenceId: unknown }],
      ['documents.checklist', { meetingId: unknown }],
      ['documents.participants', { meetingId: unknown }],
      ['documents.calendar', { meetingId: unknown }],
      ['documents.plan', { planId: unknown }],
    ];
    for (const [method, input] of calls) {
      expect((await callError(dispatch, method, input)).code, method).toBe('not_found');
    }
  });

  it('refuse a letter to someone not invited, and a calendar entry without a time, with invalid_input', async () => {
    const { backend, dispatch, conference, notInvited } = await arrangedConference();
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const meetingId = prep.meetings[0]!.id;
    const before = snapshot(backend.databaseFile);
    const letter = await callError(dispatch, 'documents.invitation', { meetingId, recipient: { kind: 'member', memberId: notInvited.id } });
    expect(letter).toMatchObject({ code: 'invalid_input', issues: [{ path: ['recipient'], message: 'documents.error.notInvited' }] });

    const other = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const unscheduled = (await call(dispatch, 'preparation.get', { conferenceId: other.id })).meetings[0]!;
    const calendar = await callError(dispatch, 'documents.calendar', { meetingId: unscheduled.id });
    expect(calendar).toMatchObject({ code: 'invalid_input', issues: [{ path: ['meetingId'], message: 'documents.error.meetingTime' }] });
    // A meeting without a date still has a checklist and letters: the time is "to be confirmed".
    const letterText = docxText((await call(dispatch, 'documents.invitation', { meetingId: unscheduled.id, recipient: { kind: 'child', childId: other.children[0]!.id } })).bytes);
    expect(letterText).toContain('vahvistetaan myöhemmin');
    const after = snapshot(backend.databaseFile);
    // Nothing of the first conference changed (the other one brought its own guardian and meeting).
    const ofFirst = (rows: unknown[]) => rows.filter((row) => (row as { conference_id: string }).conference_id === conference.id);
    expect(ofFirst(after.network_member)).toEqual(before.network_member);
    expect(ofFirst(after.meeting)).toEqual(before.meeting);
  });

  it('make a follow-up meeting’s letters for the people its plan invites, and refuse anyone else', async () => {
    const { backend, dispatch, conference, meeting, grandma, swede, notInvited } = await arrangedConference();
    const member = (memberId: string) => ({ kind: 'member' as const, memberId });
    const created = (await call(dispatch, 'plan.create', { meetingId: meeting.id })).plans[0]!;
    // The plan invites Aune, and Åsa whom the conference did not invite; Britt-Marie only came to the conference.
    const accepted = await call(
      dispatch,
      'plan.update',
      planUpdate(created, {
        items: [{ what: 'Mummo herättää Äijön arkiaamuisin.', owner: member(grandma.id) }],
        followUpDate: '2027-06-10',
        followUpInvitees: [member(grandma.id), member(notInvited.id), { kind: 'social_worker' }],
        decision: { outcome: 'accepted', reasons: '', date: '2027-03-04' },
      }),
    );
    const plan = accepted.plans[0]!;
    const followUp = (await call(dispatch, 'followUp.create', { planId: plan.id, version: plan.version })).meetings[1]!;
    const before = snapshot(backend.databaseFile);
    const letterTo = (meetingId: string, memberId: string) =>
      ({ meetingId, recipient: { kind: 'member', memberId } }) as const;

    const letter = await call(dispatch, 'documents.invitation', letterTo(followUp.id, grandma.id));
    expectFile(letter, 'Kutsu seurantakokoukseen 2027-06-10 - Aune Äijälä.docx', DOCX_MIME);
    const text = docxText(letter.bytes);
    expect(text).toContain('Kutsu seurantakokoukseen');
    expect(text).toContain('torstaina 10. kesäkuuta 2027');
    expect(text).not.toContain('Mummo herättää Äijön');
    expectFile(await call(dispatch, 'documents.invitation', letterTo(followUp.id, notInvited.id)), 'Kutsu seurantakokoukseen 2027-06-10 - Åsa Öhrnberg.docx', DOCX_MIME);
    const child = await call(dispatch, 'documents.invitation', { meetingId: followUp.id, recipient: { kind: 'child', childId: conference.children[0]!.id } });
    expect(docxText(child.bytes)).toContain('Tapaamisen nimi on seurantakokous.');

    const refused = await callError(dispatch, 'documents.invitation', letterTo(followUp.id, swede.id));
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: ['recipient'], message: 'documents.error.notInvitedFollowUp' }] });
    // The conference's own letters are as they were: Britt-Marie yes, Åsa no.
    expectFile(await call(dispatch, 'documents.invitation', letterTo(meeting.id, swede.id)), 'Inbjudan - Britt-Marie Lindqvist.docx', DOCX_MIME);
    const conferenceRefusal = await callError(dispatch, 'documents.invitation', letterTo(meeting.id, notInvited.id));
    expect(conferenceRefusal).toMatchObject({ issues: [{ message: 'documents.error.notInvited' }] });
    expect(snapshot(backend.databaseFile)).toEqual(before);
    // Four letters made, two refused: the refused ones left no row in the letters log.
    const { letters } = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(letters.map((l) => l.recipientId)).toEqual([grandma.id, notInvited.id, conference.children[0]!.id, swede.id]);
  });

  it('refuse a malformed recipient before reading anything', async () => {
    const { dispatch, meeting } = await arrangedConference();
    const error = await callError(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'guardian', id: randomUUID() } });
    expect(error.code).toBe('invalid_input');
  });
});
