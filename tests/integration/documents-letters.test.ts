import { describe, expect, it } from 'vitest';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate } from '../fixtures/record-updates';
import { call, callError, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Letters for everyone who needs one, in a language they read (issue 13 §7): every child's
 * letter worded for how they take part, the letter language of someone speaking another
 * language, the confidentiality marking and file names that tell families and meetings apart.
 */

async function arrangedCase() {
  const { dispatch } = openTestBackend(useTempDir());
  await saveSettings(dispatch, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: '', hourlyRate: null },
    unit: { name: 'Perheneuvonpidot', postalAddress: 'PL 4210\n00099 Helsingin kaupunki', phone: '', email: '', logo: null },
  });
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const conferenceId = conference.id;
  const prep = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conferenceId, {
      name: 'Cawo Maxamed Xuseen',
      relation: 'täti',
      language: 'other',
      otherLanguage: 'somali',
      interpreterNeeded: true,
      letterLanguage: 'en',
    }),
  );
  const meeting = prep.meetings[0]!;
  await call(
    dispatch,
    'meeting.update',
    meetingUpdate(meeting, {
      date: '2027-03-04',
      startTime: '09:00',
      endTime: '14:00',
      venue: { name: 'Perhekeskus Kajava', address: 'Kajavantie 5, 00950 Helsinki', bookingStatus: 'booked' },
      invitation: { replyBy: '2027-02-20' },
    }),
  );
  const final = await call(dispatch, 'preparation.get', { conferenceId });
  return { dispatch, conference: final.conference, prep: final, meeting: final.meetings[0]!, somali: memberNamed(final, 'Cawo Maxamed Xuseen') };
}

describe('letters for everyone who needs one', { timeout: 60_000 }, () => {
  it('writes the letter of someone speaking another language in the language picked for them, with the interpreter sentence', async () => {
    const { dispatch, meeting, somali } = await arrangedCase();
    expect(somali.letterLanguage).toBe('en');

    const letter = await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: somali.id } });
    const text = docxText(letter.bytes);
    expect(letter.name).toBe('Invitation - Cawo Maxamed Xuseen.docx');
    expect(text).toContain('Dear Cawo Maxamed Xuseen,');
    expect(text).toContain('An interpreter will be there for you (language: somali).');
    expect(text).not.toContain('Hyvä ');

    // Picked Swedish instead: the same person's letter is Swedish, with the interpreter in Swedish.
    const { id, version, conferenceId: _c, createdAt: _a, updatedAt: _u, ...fields } = somali;
    await call(dispatch, 'network.updateMember', { id, version, ...fields, letterLanguage: 'sv' });
    const swedish = docxText((await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: somali.id } })).bytes);
    expect(swedish).toContain('Bästa Cawo Maxamed Xuseen,');
    expect(swedish).toContain('Det finns en tolk för dig på mötet (språk: somali).');
  });

  it('refuses a letter language for someone who reads Finnish, Swedish or English: their own language is the letter’s', async () => {
    const { dispatch, conference } = await arrangedCase();
    const error = await callError(dispatch, 'network.addMember', makeMemberInput(conference.id, { language: 'fi', letterLanguage: 'sv' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path: ['letterLanguage'], message: 'validation.invalid' });
  });

  it('gives every child a letter worded for how they take part, not only the children who are present', async () => {
    const { dispatch, conference, meeting } = await arrangedCase();
    const [first, second] = conference.children;
    await call(dispatch, 'network.updateChild', { conferenceId: conference.id, childId: first!.id, version: 1, participation: 'drawing', note: '' });
    await call(dispatch, 'network.updateChild', { conferenceId: conference.id, childId: second!.id, version: 1, participation: 'recording', note: '' });

    const drawing = docxText((await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'child', childId: first!.id } })).bytes);
    expect(drawing).toContain(`Hei ${first!.firstName}!`);
    expect(drawing).toContain('Voit piirtää kuvan. Se näytetään tapaamisessa.');
    const recording = docxText((await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'child', childId: second!.id } })).bytes);
    expect(recording).toContain('Voit nauhoittaa viestin. Se kuunnellaan tapaamisessa.');
  });

  it('marks the confidential papers "Salassa pidettävä" with the unit’s legal ground, in each paper’s language, and not the letters', async () => {
    const { dispatch, conference, meeting, somali } = await arrangedCase();
    const marking = 'Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)';
    const papers = [
      await call(dispatch, 'documents.commission', { conferenceId: conference.id }),
      await call(dispatch, 'documents.summary', { conferenceId: conference.id }),
      await call(dispatch, 'documents.participants', { meetingId: meeting.id }),
      await call(dispatch, 'documents.checklist', { meetingId: meeting.id }),
    ];
    for (const paper of papers) expect(docxText(paper.bytes), paper.name).toContain(marking);
    const letter = await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: somali.id } });
    expect(docxText(letter.bytes)).not.toMatch(/Salassa pidettävä|Confidential/);

    await saveSettings(dispatch, { confidentialityBasis: 'JulkL 24 § 1 mom. 25 k' });
    const summary = docxText((await call(dispatch, 'documents.summary', { conferenceId: conference.id })).bytes);
    expect(summary).toContain('Salassa pidettävä (JulkL 24 § 1 mom. 25 k)');
    expect(summary).not.toContain('621/1999');
  });

  it('marks a Swedish conference’s papers "Sekretessbelagd"', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const conference = await call(dispatch, 'conference.create', makeConferenceInput({ language: 'sv' }));
    const commission = docxText((await call(dispatch, 'documents.commission', { conferenceId: conference.id })).bytes);
    expect(commission).toContain('Sekretessbelagd (JulkL 621/1999 24 § 1 mom. 25 k)');
    expect(commission).not.toContain('Salassa pidettävä');
  });

  it('names a family’s papers by the children’s first names, so two families’ papers never share a name', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const first = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Äijälä 1/2027' }));
    const second = await call(
      dispatch,
      'conference.create',
      makeConferenceInput({ reference: 'Lind 2/2027', children: [{ firstName: 'Oona', birthYear: 2016 }] }),
    );
    const names = await Promise.all(
      [first, second].flatMap((c) => [
        call(dispatch, 'documents.commission', { conferenceId: c.id }),
        call(dispatch, 'documents.summary', { conferenceId: c.id }),
      ]),
    );
    expect(names.map((file) => file.name)).toEqual([
      'Toimeksiantosopimus - Äijö ja Sanni-Öhman.docx',
      'Yhteenveto ja kysymykset - Äijö ja Sanni-Öhman.docx',
      'Toimeksiantosopimus - Oona.docx',
      'Yhteenveto ja kysymykset - Oona.docx',
    ]);
    expect(names.map((file) => file.name).join()).not.toMatch(/Äijälä|Lind|\d\/2027/);
  });
});

describe('the meeting’s parts', { timeout: 60_000 }, () => {
  it('default to the booked time: 9–14 booked, the parts planned fill 5 hours', async () => {
    const { meeting } = await arrangedCase();
    const planned = meeting.day.plannedMinutes;
    expect(planned.information + planned.private_time + planned.plan).toBe(300);
  });
});
