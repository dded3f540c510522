import { describe, expect, it } from 'vitest';
import { missingLetterTexts } from '../../electron/shared/arrangements/letter-texts';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { meetingUpdate } from '../fixtures/record-updates';
import { call, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Issue 13 §7: the room, accessibility and parking texts are written per letter language; a
 * letter carries only its own language's, and leaves out what is not written in it.
 */

async function setUp() {
  const { dispatch } = openTestBackend(useTempDir());
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Aune Äijälä', invite: 'invite', reply: 'coming' }));
  await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Åsa Öhrnberg', invite: 'invite', reply: 'coming', language: 'sv' }));
  const prep = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, {
      name: 'Cawo Maxamed Xuseen',
      invite: 'invite',
      reply: 'coming',
      language: 'other',
      otherLanguage: 'somali',
      interpreterNeeded: true,
      letterLanguage: 'en',
    }),
  );
  const saved = await call(
    dispatch,
    'meeting.update',
    meetingUpdate(prep.meetings[0]!, {
      date: '2027-03-04',
      startTime: '09:00',
      endTime: '14:00',
      venue: {
        name: 'Perhekeskus Kajava',
        address: 'Kajavantie 5, 00950 Helsinki',
        bookingStatus: 'booked',
        mainRoom: { fi: 'Sali 2', sv: 'Sal 2', en: '' },
        accessibility: { fi: 'Hissi pihan puolella', sv: '', en: '' },
        parking: { fi: 'Bussi 79 pysähtyy oven edessä', sv: 'Buss 79 stannar vid dörren', en: '' },
      },
    }),
  );
  const [aune, asa, cawo] = ['Aune Äijälä', 'Åsa Öhrnberg', 'Cawo Maxamed Xuseen'].map((name) => memberNamed(saved, name));
  return { dispatch, prep: saved, meeting: saved.meetings[0]!, aune: aune!, asa: asa!, cawo: cawo! };
}

describe('letter texts per letter language', { timeout: 60_000 }, () => {
  it('keeps each language’s room, accessibility and parking text', async () => {
    const { meeting } = await setUp();
    expect(meeting.venue).toMatchObject({
      mainRoom: { fi: 'Sali 2', sv: 'Sal 2', en: '' },
      parking: { fi: 'Bussi 79 pysähtyy oven edessä', sv: 'Buss 79 stannar vid dörren', en: '' },
    });
  });

  it('gives a Swedish letter the Swedish directions only, and leaves out what is not written in Swedish', async () => {
    const { dispatch, meeting, asa, aune } = await setUp();
    const swedish = docxText((await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: asa.id } })).bytes);
    expect(swedish).toMatch(/Rum\nSal 2/);
    expect(swedish).toMatch(/Parkering och kollektivtrafik\nBuss 79 stannar vid dörren/);
    expect(swedish).not.toContain('Bussi 79');
    expect(swedish).not.toContain('Hissi');
    expect(swedish).not.toContain('Tillgänglighet');

    const finnish = docxText((await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: aune.id } })).bytes);
    expect(finnish).toMatch(/Huone\nSali 2/);
    expect(finnish).toMatch(/Esteettömyys\nHissi pihan puolella/);
    expect(finnish).not.toContain('Buss 79');
  });

  it('says which letters lack which texts: those in English here', async () => {
    const { dispatch, prep, meeting, cawo } = await setUp();
    expect(missingLetterTexts(prep, meeting)).toEqual([
      { language: 'sv', texts: ['accessibility'], recipients: ['Åsa Öhrnberg'] },
      { language: 'en', texts: ['mainRoom', 'accessibility', 'parking'], recipients: ['Cawo Maxamed Xuseen'] },
    ]);
    const english = docxText((await call(dispatch, 'documents.invitation', { meetingId: meeting.id, recipient: { kind: 'member', memberId: cawo.id } })).bytes);
    expect(english).not.toMatch(/Sali 2|Sal 2|Bussi|Buss/);
    expect(english).toContain('Perhekeskus Kajava, Kajavantie 5, 00950 Helsinki');
  });
});
