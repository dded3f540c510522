import { describe, expect, it } from 'vitest';
import { meetingChecklist } from '../../electron/shared/arrangements/meetings';
import { DEFAULT_CHECKLIST } from '../../electron/shared/settings/settings.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { attendance, meetingUpdate } from '../fixtures/record-updates';
import { call, callError, makeClock, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { saveSettings } from '../helpers/settings';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Issue 13 §7, written views only: someone asked for their views in writing gets a letter
 * asking for them (in their letter language, neutral, with a date and how to send them), it
 * is in the letters log and the checklist's letters item waits for it, and the meeting view
 * records the day the views arrived, which the participant list shows.
 */

const checklistInvitations = (prep: Preparation) =>
  meetingChecklist(prep, prep.meetings[0]!, DEFAULT_CHECKLIST, '2027-02-15').find((entry) => entry.key === 'invitations')!;

async function setUp() {
  const clock = makeClock();
  const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
  await saveSettings(dispatch, {
    convener: { name: 'Riikka Salmela', title: 'Koollekutsuja', phone: '040 555 0101', email: 'riikka.salmela@example.fi', hourlyRate: null },
    unit: { name: 'Perheneuvonpidot', postalAddress: 'PL 4210\n00099 Helsingin kaupunki', phone: '', email: '', logo: null },
  });
  const conference = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Äijälä 3/2027' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Aune Äijälä', invite: 'invite', reply: 'coming' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Veikko Rinne', relation: 'naapuri', invite: 'written_views', address: 'Rinnetie 4\n00950 Helsinki' }));
  const prep = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, {
      name: 'Cawo Maxamed Xuseen',
      relation: 'täti',
      invite: 'written_views',
      language: 'other',
      otherLanguage: 'somali',
      interpreterNeeded: true,
      letterLanguage: 'sv',
    }),
  );
  const saved = await call(
    dispatch,
    'meeting.update',
    meetingUpdate(prep.meetings[0]!, {
      date: '2027-03-04',
      startTime: '09:00',
      endTime: '14:00',
      venue: { name: 'Perhekeskus Kajava', address: 'Kajavantie 5, 00950 Helsinki', bookingStatus: 'booked' },
      invitation: { replyBy: '2027-02-20' },
    }),
  );
  const [aune, veikko, cawo] = ['Aune Äijälä', 'Veikko Rinne', 'Cawo Maxamed Xuseen'].map((name) => memberNamed(saved, name));
  return { dispatch, clock, conference, prep: saved, meeting: saved.meetings[0]!, aune: aune!, veikko: veikko!, cawo: cawo! };
}

describe('written views only', { timeout: 60_000 }, () => {
  it('asks for the views by the reply-by date, neutrally, and says how to send them', async () => {
    const { dispatch, meeting, veikko } = await setUp();
    const letter = await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: veikko.id } });
    expect(letter.name).toBe('Näkemyspyyntö - Veikko Rinne.docx');
    const text = docxText(letter.bytes);
    expect(text).toContain('Pyyntö kertoa näkemyksesi');
    expect(text).toContain('Hyvä Veikko Rinne');
    expect(text).toContain('Rinnetie 4');
    expect(text).toContain('kokoontuvat läheisneuvonpitoon torstaina 4. maaliskuuta 2027');
    expect(text).toContain('Toivon näkemyksesi viimeistään lauantaina 20. helmikuuta 2027.');
    // How to send them: the convener's e-mail and phone, and the unit's postal address.
    expect(text).toContain('riikka.salmela@example.fi');
    expect(text).toContain('040 555 0101');
    expect(text).toContain('PL 4210');
    // Neutral: not an invitation to come, and nothing of the family's matter.
    expect(text).not.toContain('Kutsu läheisneuvonpitoon');
    expect(text).not.toContain('Äijälä 3/2027');
    expect(text).not.toContain('Vastaa viimeistään');
  });

  it('writes to someone of another language in the letter language picked for them, with the interpreter sentence', async () => {
    const { dispatch, meeting, cawo } = await setUp();
    const letter = await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: cawo.id } });
    expect(letter.name).toBe('Begäran om synpunkter - Cawo Maxamed Xuseen.docx');
    const text = docxText(letter.bytes);
    expect(text).toContain('Begäran om dina synpunkter');
    expect(text).toContain('Bästa Cawo Maxamed Xuseen,');
    expect(text).toContain('Du kan också berätta dina synpunkter på ditt eget språk (somali)');
    expect(text).not.toContain('Hyvä ');
  });

  it('logs the letter, and the checklist’s letters item waits for everyone asked for written views too', async () => {
    const { dispatch, conference, meeting, aune, veikko, cawo } = await setUp();
    await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: aune.id } });
    let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    // Aune's letter is made; the guardian Maija's invitation and the two requests for views are not.
    expect(checklistInvitations(prep)).toMatchObject({ doneDate: null, note: { code: 'lettersMissing', missing: 3, of: 4 } });

    const maija = conference.guardians[0]!.memberId;
    await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: maija } });
    await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: veikko.id } });
    prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    // One request for views is still missing: not done.
    expect(checklistInvitations(prep)).toMatchObject({ doneDate: null, note: { code: 'lettersMissing', missing: 1, of: 4 } });
    await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: cawo.id } });
    prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(prep.letters.map((l) => [l.letter, l.recipientId])).toEqual([
      ['invitation', aune.id],
      ['invitation', maija],
      ['written_views', veikko.id],
      ['written_views', cawo.id],
    ]);
    expect(checklistInvitations(prep)).toMatchObject({ status: 'done', source: 'letters' });
  });

  it('records the day the views arrived, only for written views, and the participant list shows it', async () => {
    const { dispatch, meeting, veikko, cawo, aune } = await setUp();
    const prep = await call(
      dispatch,
      'meetingDay.setAttendance',
      attendance(meeting, veikko.id, { presence: 'written_views', viewsReceivedDate: '2027-02-18' }),
    );
    expect(prep.meetings[0]!.day.attendance).toMatchObject([{ memberId: veikko.id, presence: 'written_views', viewsReceivedDate: '2027-02-18' }]);

    const refused = await callError(dispatch, 'meetingDay.setAttendance', attendance(meeting, aune.id, { presence: 'in_person', viewsReceivedDate: '2027-02-18' }));
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: ['viewsReceivedDate'] }] });

    const list = docxText((await call(dispatch, 'documents.participants', { meetingId: meeting.id })).bytes);
    expect(list).toContain('Kirjalliset näkemykset');
    expect(list).toMatch(/Veikko Rinne\nnaapuri\n.*\nsuomi\nsaatu 18\.2\.2027/);
    expect(list).toMatch(/Cawo Maxamed Xuseen\ntäti\n.*\nruotsi\nei vielä saatu/);
    expect(cawo.invite).toBe('written_views');
  });
});
